/**
 * How files become import jobs: hashing, the exactly-once check, launching or restarting, and the command line import.
 */
package com.jaia.intake;
