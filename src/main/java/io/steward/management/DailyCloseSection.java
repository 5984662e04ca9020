package io.steward.management;

import java.time.LocalDate;

/**
 * One section of the daily close (Article 7: "at the end of each business day, grasp the business development of
 * the business day"). The management module contributes target progress, sales by risk level, new customers, AUM
 * change, assessments done and expiring, compliance flags (read through the owning modules' figures facades),
 * contacts, care, meetings, training, prospects and campaigns; any module may add a further bean of this type.
 */
public interface DailyCloseSection {

    /** Stable key of the section; its title is the message {@code management.close.section.<key>}. */
    String key();

    /** Sections appear in ascending order. */
    int order();

    CloseSection produce(Department department, LocalDate day);
}
