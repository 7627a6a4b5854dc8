package com.jaia.review;

import com.jaia.rules.RuleCatalogue;

/**
 * Not used by any test but {@code ModularityTests}: a review type holding a type of the rules stage that is no entry
 * point of it, which the stage boundaries must refuse.
 */
public class ReachesIntoAnotherStage {

    RuleCatalogue catalogue;

}
