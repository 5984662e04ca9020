package io.steward.audit;

/**
 * The result of walking the whole chain: how many events were checked and, when the chain is broken, the first
 * event whose link does not hold and why (its content no longer matches its hash, it does not point to the event
 * before it, or events are missing before it).
 */
public record ChainVerification(long eventsChecked, boolean intact, Long firstBrokenSeq, String reason,
        long millis) {

    public static ChainVerification intact(long checked, long millis) {
        return new ChainVerification(checked, true, null, null, millis);
    }

    public static ChainVerification broken(long checked, long seq, String reason, long millis) {
        return new ChainVerification(checked, false, seq, reason, millis);
    }
}
