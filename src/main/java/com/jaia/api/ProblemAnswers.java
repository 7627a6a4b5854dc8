package com.jaia.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.jaia.problems.ProblemType;

/**
 * The problem types an operation answers besides those every operation may give (invalid parameters, internal
 * errors, and the edge's refusals); the API document lists them under their HTTP status.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProblemAnswers {

    ProblemType[] value();

}
