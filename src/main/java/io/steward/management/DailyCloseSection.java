package io.steward.management;

import java.time.LocalDate;

/**
 * One section of the daily close (Article 7: "at the end of each business day, grasp the business development of
 * the business day"). The management module contributes contacts, care, meetings, training, prospects, campaigns
 * and target progress; the sales, customer, assessment and suitability modules contribute sales by risk level, new
 * customers, AUM change, assessments done and expiring and compliance flags as further beans of this type.
 */
public interface DailyCloseSection {

    /** Stable key of the section; its title is the message {@code management.close.section.<key>}. */
    String key();

    /** Sections appear in ascending order. */
    int order();

    CloseSection produce(Department department, LocalDate day);
}
