package io.steward.support;

import io.steward.customer.Gender;
import io.steward.customer.PrcResidentIdNumber;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data for customers: valid identity numbers nobody else in the run uses, fresh phone numbers, request bodies. */
public final class Clients {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(400));
    private static final AtomicInteger PHONE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private Clients() {
    }

    /** A valid resident identity number for that birth date and gender, unique within the test run. */
    public static String identity(LocalDate birthDate, Gender gender) {
        int next = SEQUENCE.incrementAndGet();
        String area = "3201" + String.format("%02d", 1 + (next / 500) % 99);
        int sequence = (next % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        return PrcResidentIdNumber.generate(area, birthDate, sequence);
    }

    public static String phone() {
        return "139" + String.format("%08d", PHONE.incrementAndGet() % 100_000_000);
    }

    /** Everything a new customer needs; change what a test is about. */
    public static Map<String, Object> body(String name, Gender gender, LocalDate birthDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", name);
        body.put("gender", gender.name());
        body.put("birthDate", birthDate.toString());
        body.put("identityType", "PRC_RESIDENT_ID");
        body.put("identityNumber", identity(birthDate, gender));
        body.put("phone", phone());
        body.put("address", "上海市浦东新区测试路1号");
        body.put("occupation", "Engineer");
        body.put("incomeBand", "FROM_100K_TO_300K");
        body.put("familySituation", "MARRIED_WITH_CHILDREN");
        body.put("investmentExperience", "FROM_2_TO_5_YEARS");
        return body;
    }
}
