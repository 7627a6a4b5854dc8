/**
 * The 17 aggregate tables: their refresh after each import or rule run, and the API that serves them.
 */
package com.jaia.aggregates;
