package com.jaia;

import java.util.List;

/**
 * A command run from the command line ({@code java -jar jaia.jar NAME ...}); each stage contributes its own as a bean.
 */
public interface JaiaCommand {

    /** The first command-line argument that selects this command. */
    String name();

    /**
     * Runs the command and returns the process exit code (0 on success).
     * @param args the arguments after the command name
     */
    int run(String[] args);

}
