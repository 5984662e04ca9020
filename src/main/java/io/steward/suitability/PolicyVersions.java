package io.steward.suitability;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The policy versions COMPLIANCE approved with four eyes. A decision on day D is made under the version in force on
 * D and names it ({@link PolicyParameters#versionId()}), so a stored decision can be replayed under the same one.
 * Plain Java like the rest of this package; the implementation lives in the module's persistence.
 */
public interface PolicyVersions {

    /**
     * The APPROVED version with the latest effective date on or before {@code day}. Refuses (not found) for a day
     * before the first version.
     */
    PolicyParameters inForceOn(LocalDate day);

    /** An approved version by its id, to replay a decision made under it. */
    Optional<PolicyParameters> approved(String versionId);
}
