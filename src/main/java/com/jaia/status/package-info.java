/**
 * What the platform reports about itself: the job-monitoring API, health and status, actuator indicators, error
 * responses, and the start-up recovery of executions a killed process left running.
 */
package com.jaia.status;
