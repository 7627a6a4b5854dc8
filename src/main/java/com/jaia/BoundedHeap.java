package com.jaia;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds the JVM heap by JAIA's own default when the user chose none. The JVM's default maximum is a quarter of the
 * machine's memory, and an import lets the heap grow to it although its live data is small; a heap option cannot be
 * changed once the JVM runs, so {@code main} runs the same command line again as a child with {@code -Xmx} and waits
 * for it. The child inherits standard input, output and error, its exit code becomes this process's, a SIGTERM or
 * SIGINT here is passed on and waited for, and the child halts within a fraction of a second when this process dies
 * (a SIGKILL here leaves nothing running). {@code JAIA_MAX_HEAP} sets the bound; {@code off} or any heap option
 * ({@code -Xmx}, {@code -XX:MaxRAMPercentage}, …) runs in this JVM as it is.
 */
final class BoundedHeap {

    /** The environment variable that sets the bound ({@code 384m}, {@code 1g}) or turns it off ({@code off}). */
    static final String VARIABLE = "JAIA_MAX_HEAP";

    /** The default bound: enough for an import's working set at any file size (its rows stream through). */
    static final String DEFAULT = "384m";

    /** System property naming the launching process, set on the child only. */
    static final String LAUNCHER_PID = "jaia.launcher-pid";

    /**
     * Given to the child before the user's own options (a later option wins): the heap gives back what it no longer
     * uses. Validation's chunks fill the heap to its bound, and without these G1 keeps it committed through the
     * DuckDB-heavy steps that follow, so the JVM's and DuckDB's peaks would add up. A periodic collection every
     * 3 s while the JVM is idle (the rules and aggregates steps run inside DuckDB) and tighter free ratios shrink it
     * back to its live data (measured at 1M lines: about 180 MiB of JVM instead of about 550 MiB during the rules step).
     */
    static final List<String> GIVE_BACK_OPTIONS = List.of("-XX:G1PeriodicGCInterval=3000",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)", Pattern.CASE_INSENSITIVE);

    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-Xms", "-XX:MaxHeapSize", "-XX:InitialHeapSize",
            "-XX:MinHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction", "-XX:InitialRAMPercentage",
            "-XX:MinRAMPercentage");

    private static final List<String> AGENT_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp");

    private static final long WATCH_INTERVAL_MS = 100;

    private BoundedHeap() {
    }

    /**
     * In the child: watches the launching process. Elsewhere: runs the command line again with the bounded heap when
     * that applies and returns the child's exit code; empty when this JVM should go on itself.
     */
    static OptionalInt relaunch(String[] args) {
        String launcher = System.getProperty(LAUNCHER_PID);
        if (launcher != null) {
            watch(launcher);
            return OptionalInt.empty();
        }
        Optional<String> bound = bound(System.getenv());
        if (bound.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = childCommand(commandLine(), args, bound.get(), System.getenv(),
                Runtime.getRuntime().maxMemory());
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(run(command.get()));
    }

    /** The bound to apply, from {@code JAIA_MAX_HEAP}; empty when it is {@code off}. */
    static Optional<String> bound(Map<String, String> environment) {
        String value = environment.getOrDefault(VARIABLE, "").trim();
        if (value.isEmpty()) {
            return Optional.of(DEFAULT);
        }
        if (value.equalsIgnoreCase("off") || value.equals("0")) {
            return Optional.empty();
        }
        if (!SIZE.matcher(value).matches()) {
            throw new IllegalArgumentException(VARIABLE + "=" + value
                    + " is not a heap size; give one such as 384m or 1g, or 'off' to use the JVM's own default");
        }
        return Optional.of(value.toLowerCase(Locale.ROOT));
    }

    /**
     * The child's command line: this process's own ({@code java [options] -jar FILE} or {@code … CLASS}) with the bound
     * and the launcher's pid added after the executable, followed by {@code args}; empty when the user chose a heap,
     * started the JVM with an agent (a debugger's port cannot be opened twice), the JVM's maximum is already within
     * the bound, or the command line cannot be read.
     */
    static Optional<List<String>> childCommand(List<String> commandLine, String[] args, String bound,
            Map<String, String> environment, long maxHeap) {
        if (maxHeap <= bytes(bound) + bytes(bound) / 10 || commandLine.size() <= args.length) {
            return Optional.empty();
        }
        int jvmEnd = commandLine.size() - args.length;
        if (!commandLine.subList(jvmEnd, commandLine.size()).equals(Arrays.asList(args))) {
            return Optional.empty();
        }
        List<String> jvmOptions = new ArrayList<>(commandLine.subList(1, jvmEnd));
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            jvmOptions.addAll(Arrays.asList(environment.getOrDefault(variable, "").trim().split("\\s+")));
        }
        if (jvmOptions.stream().anyMatch(option -> startsWithAny(option, HEAP_OPTIONS)
                || startsWithAny(option, AGENT_OPTIONS))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + bound);
        command.addAll(GIVE_BACK_OPTIONS);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.addAll(commandLine.subList(1, commandLine.size()));
        return Optional.of(command);
    }

    private static boolean startsWithAny(String option, List<String> prefixes) {
        return prefixes.stream().anyMatch(option::startsWith);
    }

    static long bytes(String size) {
        Matcher matcher = SIZE.matcher(size);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> value << 10;
            case "m" -> value << 20;
            case "g" -> value << 30;
            default -> value;
        };
    }

    /** This process's command line as the kernel holds it (Linux); empty elsewhere. */
    private static List<String> commandLine() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
            String text = new String(raw, Charset.forName(encoding));
            if (text.endsWith("\0")) {
                text = text.substring(0, text.length() - 1);
            }
            return List.of(text.split("\0", -1));
        }
        catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        }
        catch (IOException e) {
            System.err.println("jaia: could not start the JVM with a bounded heap (" + e.getMessage()
                    + "); set " + VARIABLE + "=off to run in this one");
            return 1;
        }
        Thread forward = new Thread(() -> stop(child), "jaia-child-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        // this process only waits from now on: give back the heap its start-up touched, which counts in the peak
        System.gc();
        while (true) {
            try {
                return child.waitFor();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(child);
            }
        }
    }

    /** A signal that ends this process ends the child the same way, and this process waits for it. */
    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor(5, TimeUnit.MINUTES);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Halts this JVM as abruptly as its launcher ended when the launcher disappears without stopping it. */
    private static void watch(String launcherPid) {
        Optional<ProcessHandle> launcher = parsePid(launcherPid).flatMap(ProcessHandle::of);
        if (launcher.isEmpty() || !launcher.get().isAlive()) {
            Runtime.getRuntime().halt(137);
        }
        ProcessHandle handle = launcher.get();
        Thread watcher = new Thread(() -> {
            while (handle.isAlive() && isParent(handle)) {
                try {
                    Thread.sleep(WATCH_INTERVAL_MS);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137);
        }, "jaia-launcher-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** A launcher that died is this process's parent no longer, even while it waits as a zombie to be reaped. */
    private static boolean isParent(ProcessHandle launcher) {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == launcher.pid();
    }

    private static Optional<Long> parsePid(String pid) {
        try {
            return Optional.of(Long.parseLong(pid));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
