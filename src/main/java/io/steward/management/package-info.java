/**
 * Running the department (issue 8): business plans, targets by objective, the daily close, performance
 * appraisals, campaigns, quality-customer care, meetings, training, succession and customer development.
 *
 * <p>A <em>department</em> is a DEPARTMENT_MANAGER's institution together with the teams that manager leads
 * ({@link Department}); its staff are the members of those teams. The public face of the module is what other modules
 * plug into: {@link MetricSource} (a target metric measured from their data), {@link DailyCloseSection} (a section of
 * the end-of-day report), {@link PractitionerDashboardSection} (a section of a practitioner's own dashboard) and
 * {@link TrainingPlanner} (a training session proposed when a product is activated or a policy version approved) and
 * {@link AumFigures} (assets under management of practitioners' books, which the portfolio module answers from its
 * holdings).
 */
@ApplicationModule(displayName = "Management")
package io.steward.management;

import org.springframework.modulith.ApplicationModule;
