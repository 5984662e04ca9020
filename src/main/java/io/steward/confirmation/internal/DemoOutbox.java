package io.steward.confirmation.internal;

import io.steward.confirmation.CustomerNotifier;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo mode's notifier: nothing leaves the machine; each message is kept in a table and shown at {@code /demo/outbox}
 * as the screen of the customer's phone.
 */
public class DemoOutbox implements CustomerNotifier {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Message(long id, long requestId, String phone, String text, Instant sentAt) {

        private static final Pattern LINK = Pattern.compile("https?://\\S+/c/[A-Za-z0-9_-]{43}");

        /** The channel link in the text, to open it with a click as on a phone. */
        public String link() {
            Matcher link = LINK.matcher(text);
            return link.find() ? link.group() : null;
        }
    }

    @Override
    public void send(OutgoingMessage message) {
        jdbc.sql("insert into confirmation_demo_outbox (request_id, phone, text, sent_at) values (?, ?, ?, ?)")
                .params(message.requestId(), message.phone(), message.text(), OffsetDateTime.now(clock)).update();
    }

    /** The newest messages, all of them or those to one phone (one customer's phone, as the demo plays it). */
    public List<Message> latest(int limit, String phone) {
        return jdbc.sql("""
                select id, request_id, phone, text, sent_at from confirmation_demo_outbox
                where cast(:phone as varchar) is null or phone = :phone
                order by id desc limit :limit""")
                .param("phone", phone).param("limit", limit)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
