package io.steward.management;

/**
 * Seeds the demo bank's department (used by the demo module's step, in demo mode only): a plan, this month's
 * targets, last month's appraisals, four weeks of meetings with one missed week and one missed day, training, a
 * succession plan, prospects, a campaign, customer contacts and satisfaction surveys, and the kept daily closes of
 * the last 30 days, so that the dashboards show real charts.
 */
public interface ManagementDemo {

    void seedDepartment(String manager);
}
