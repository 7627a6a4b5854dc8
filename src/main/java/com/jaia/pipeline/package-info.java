/**
 * The journal import job: its step order, the keys its steps share, and the job summary.
 */
package com.jaia.pipeline;
