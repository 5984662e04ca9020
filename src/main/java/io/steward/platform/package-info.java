/**
 * The shared kernel every module stands on: the embedded database, the clock, the one domain exception and the
 * web plumbing (problem details, error pages, form errors, languages). Open, so its sub-packages are usable by all;
 * it depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.steward.platform;

import org.springframework.modulith.ApplicationModule;
