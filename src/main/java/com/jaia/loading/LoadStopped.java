package com.jaia.loading;

/**
 * A load that was stopped on request before it committed; its transaction was rolled back, so nothing of it is in
 * the store and a restart loads it again.
 */
class LoadStopped extends RuntimeException {

    LoadStopped() {
        super("the load was stopped on request and rolled back; nothing of it was kept");
    }

}
