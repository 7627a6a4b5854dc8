/**
 * The jobs a ledger file goes through ({@code journalImportJob}, {@code refreshJob}): their step order and what
 * their steps hand to each other ({@link com.jaia.pipeline.ImportParameters}, {@link com.jaia.pipeline.FiscalYears},
 * {@link com.jaia.pipeline.ImportContext}), the jobs directory ({@link com.jaia.pipeline.JobFiles}) and how a
 * launcher learns that a job ended ({@link com.jaia.pipeline.JobCompletions}).
 */
package com.jaia.pipeline;
