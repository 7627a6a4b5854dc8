/**
 * The API's problem types (RFC 9457), defined once: every error answer names one of them in its {@code type}.
 */
package com.jaia.problems;
