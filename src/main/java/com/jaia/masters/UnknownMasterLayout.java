package com.jaia.masters;

/**
 * A file's header is not the header of any master table (or fits more than one).
 */
class UnknownMasterLayout extends RuntimeException {

    UnknownMasterLayout(String message) {
        super(message);
    }

}
