/**
 * The {@code demo} command: a newcomer's first run of the whole pipeline on a generated ledger, with no setup.
 */
package com.jaia.demo;
