package com.jaia.validation;

import com.jaia.loading.ImportLedger;

/**
 * Not used by any test but {@code ModularityTests}: a validation type using an entry point of the loading stage,
 * which comes after it, which the stage boundaries must refuse.
 */
public class UsesALaterStage {

    ImportLedger ledger;

}
