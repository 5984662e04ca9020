package io.steward.management.internal;

import io.steward.customer.AgeBand;
import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.RiskProfiles;
import io.steward.customer.RiskProfiles.RiskProfile;
import io.steward.management.AumFigures;
import io.steward.management.Department;
import io.steward.management.internal.Campaigns.Segment;
import io.steward.organization.InstitutionTree;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a campaign's {@link Segment} against the client book of the department: the customers assigned to its
 * staff (to those working in the segment's institution subtree, when it names one), as they stood on the day the
 * segment is drawn. Every filter left empty matches everyone. A risk level matches only while the assessment giving it
 * is valid that day; "VALID" includes an assessment about to expire, "EXPIRING" is one valid that day but not 30 days
 * later; AUM comes from {@link AumFigures} (a customer without assets has 0).
 */
@Service
@Transactional(readOnly = true)
public class CampaignSegments {

    /** How a customer's assessment stood on the day: the client book's four states. */
    public enum Standing {
        VALID,
        EXPIRING,
        EXPIRED,
        NONE
    }

    /** A customer of the segment as it saw them on the day it was drawn. */
    public record Member(BookEntry customer, AgeBand ageBand, CustomerRiskLevel level, Standing standing,
            LocalDate validThrough, BigDecimal aum) {

        public String practitioner() {
            return customer.practitioner();
        }
    }

    private final ClientBookFigures book;
    private final RiskProfiles risks;
    private final AumFigures aum;
    private final StaffDirectory directory;
    private final InstitutionTree tree;

    CampaignSegments(ClientBookFigures book, RiskProfiles risks, AumFigures aum, StaffDirectory directory,
            InstitutionTree tree) {
        this.book = book;
        this.risks = risks;
        this.aum = aum;
        this.directory = directory;
        this.tree = tree;
    }

    /**
     * The segment is drawn on the campaign's first day, so the list does not shift under the staff while the campaign
     * runs; before it starts, it is drawn as of today (a preview).
     */
    public static LocalDate drawnOn(LocalDate startsOn, LocalDate today) {
        return startsOn.isAfter(today) ? today : startsOn;
    }

    /** The department's customers in the segment on the day. */
    public List<Member> members(Department department, Segment segment, LocalDate day) {
        Set<String> practitioners = practitioners(department, segment.institutionCode());
        List<BookEntry> customers = book.customersOf(practitioners);
        if (customers.isEmpty()) {
            return List.of();
        }
        Map<Long, RiskProfile> profiles = risks.on(customers.stream().map(BookEntry::id).toList(), day);
        Map<Long, BigDecimal> assets = segment.minAum() == null && segment.maxAum() == null ? Map.of()
                : aum.aumByCustomer(practitioners, day);
        return customers.stream()
                .map(customer -> member(customer, profiles.get(customer.id()), assets.getOrDefault(customer.id(), BigDecimal.ZERO), day))
                .filter(member -> matches(segment, member, day))
                .toList();
    }

    private Set<String> practitioners(Department department, String institutionCode) {
        if (institutionCode == null || institutionCode.isBlank()) {
            return department.staff();
        }
        Set<String> subtree = tree.subtree(institutionCode);
        return department.staff().stream().filter(username -> directory.find(username).map(StaffMember::institutionCode)
                .filter(subtree::contains).isPresent()).collect(Collectors.toSet());
    }

    private static Member member(BookEntry customer, RiskProfile profile, BigDecimal assets, LocalDate day) {
        Standing standing = profile == null ? Standing.NONE : !profile.validOn(day) ? Standing.EXPIRED
                : profile.expiresWithin(day, BookCloseSections.EXPIRY_WINDOW_DAYS) ? Standing.EXPIRING : Standing.VALID;
        return new Member(customer, AgeBand.of(customer.ageOn(day)), profile == null ? null : profile.level(), standing,
                profile == null ? null : profile.validThrough(), assets);
    }

    static boolean matches(Segment segment, Member member, LocalDate day) {
        boolean valid = member.standing() == Standing.VALID || member.standing() == Standing.EXPIRING;
        int age = member.customer().ageOn(day);
        return (segment.riskLevels().isEmpty() || valid && segment.riskLevels().contains(member.level().name()))
                && (segment.minAge() == null || age >= segment.minAge())
                && (segment.maxAge() == null || age <= segment.maxAge())
                && (segment.minAum() == null || member.aum().compareTo(segment.minAum()) >= 0)
                && (segment.maxAum() == null || member.aum().compareTo(segment.maxAum()) <= 0)
                && (segment.assessmentStatus() == null || segment.assessmentStatus().isBlank()
                        || segment.assessmentStatus().equals("VALID") && valid
                        || segment.assessmentStatus().equals(member.standing().name()));
    }
}
