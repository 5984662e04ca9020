package io.steward.benchmarks;

import io.steward.customer.Gender;
import io.steward.support.Clients;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A load driver for whole sales cases, run as a second process against a running Steward with the demo bank:
 * each worker has its own customer (registered, assessed C3 on the channel and given a fund during set-up) and
 * repeats open → the customer reads, copies and confirms on the channel (code from the demo outbox) → submit →
 * released (application form PDF included). It prints complete cases per second and the case time percentiles.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) io.steward.benchmarks.SalesLoad
 *     http://localhost:8080 16 60 FI-90D</pre>
 */
public final class SalesLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STATEMENT = Pattern.compile("id=\"statement-text-0\"[^>]*>([^<]*)<");
    private static final Pattern SECTION = Pattern.compile("id=\"open-([A-Z_a-z]+)\"");
    private static final Pattern LINK = Pattern.compile("/c/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("code (\\d{6})");
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"(S\\d+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");
    private static final List<String> C3 = List.of("A", "C", "A", "A", "C", "B", "C", "B", "B", "B");
    private static final List<String> QUESTIONS = List.of("INCOME", "ASSETS", "DEBT", "SOURCE", "EXPERIENCE",
            "PRODUCTS", "KNOWLEDGE", "OBJECTIVE", "HORIZON", "LOSS");

    private final String base;
    private final String practitioner;
    private final AtomicLong requests = new AtomicLong();

    private SalesLoad(String base) {
        this.base = base;
        this.practitioner = "Basic " + Base64.getEncoder().encodeToString("wang:steward-demo".getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String product = args.length > 3 ? args[3] : "FI-90D";
        new SalesLoad(base).run(workers, seconds, product);
    }

    private record Customer(String number, String phone, long fund) {
    }

    private void run(int workers, int seconds, String product) throws Exception {
        System.out.printf("Setting up %d customers (registered, assessed C3 on the channel, a fund each)...%n", workers);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            customers.add(customer());
        }
        System.out.println("Warming up for 10 s...");
        drive(customers, product, 10);
        requests.set(0);
        System.out.printf("Measuring %d workers for %d s...%n", workers, seconds);
        List<Long> caseMillis = drive(customers, product, seconds);
        Collections.sort(caseMillis);
        System.out.printf("complete cases: %d in %d s = %.1f cases/s; HTTP requests: %d (%.0f/s)%n",
                caseMillis.size(), seconds, caseMillis.size() / (double) seconds, requests.get(),
                requests.get() / (double) seconds);
        if (!caseMillis.isEmpty()) {
            System.out.printf("case time: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", percentile(caseMillis, 50),
                    percentile(caseMillis, 90), percentile(caseMillis, 99), caseMillis.getLast());
        }
    }

    private List<Long> drive(List<Customer> customers, String product, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> caseMillis = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(customers.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (Customer customer : customers) {
                running.add(pool.submit(() -> {
                    Set<String> used = new HashSet<>();
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        oneCase(customer, product, used);
                        caseMillis.add((System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        return new ArrayList<>(caseMillis);
    }

    private void oneCase(Customer customer, String product, Set<String> used) throws Exception {
        HttpClient phone = browser();
        String opened = api("POST", "/api/v1/sales", "{\"customerNumber\":\"" + customer.number() + "\",\"productCode\":\""
                + product + "\",\"fundId\":" + customer.fund() + ",\"amount\":\"50000.00\",\"customerInitiated\":false,"
                + "\"channel\":\"BRANCH\"}", 201);
        String number = first(NUMBER, opened);
        String[] sms = newestMessage(phone, customer.phone(), used);
        String page = get(phone, "/c/" + sms[0]);
        Matcher sections = SECTION.matcher(page);
        while (sections.find()) {
            get(phone, "/c/" + sms[0] + "/sections/" + sections.group(1));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statement.0", unescape(first(STATEMENT, page)));
        form.put("code", sms[1]);
        form.put("_csrf", first(CSRF, page));
        post(phone, "/c/" + sms[0], form, 200);
        String submitted = api("POST", "/api/v1/sales/" + number + "/submission", "{}", 200);
        if (!"RELEASED".equals(first(STATE, submitted))) {
            throw new IllegalStateException("case " + number + " not released: " + submitted);
        }
    }

    private Customer customer() throws Exception {
        LocalDate born = LocalDate.now().minusYears(40).minusDays(10);
        Map<String, Object> body = Clients.body("Load " + System.nanoTime(), Gender.FEMALE, born);
        String json = body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        String created = api("POST", "/api/v1/customers", json, 201);
        String number = first(Pattern.compile("\"number\":\"(C\\d+)\""), created);
        String phoneNumber = (String) body.get("phone");
        api("POST", "/api/v1/customers/" + number + "/assessments", "{\"location\":\"REMOTE\"}", 201);
        HttpClient phone = browser();
        String[] sms = newestMessage(phone, phoneNumber, new HashSet<>());
        String page = get(phone, "/c/" + sms[0]);
        get(phone, "/c/" + sms[0] + "/sections/about");
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            form.put("answer." + QUESTIONS.get(i), C3.get(i));
        }
        form.put("code", sms[1]);
        form.put("_csrf", first(CSRF, page));
        post(phone, "/c/" + sms[0], form, 200);
        String fund = api("POST", "/api/v1/customers/" + number + "/funds", "{\"amount\":\"100000000.00\",\"currency\":\"CNY\","
                + "\"purpose\":\"GENERAL\",\"neededBackOn\":\"" + LocalDate.now().plusYears(5) + "\"}", 201);
        return new Customer(number, phoneNumber, Long.parseLong(first(Pattern.compile("\"id\":(\\d+)"), fund)));
    }

    /** The newest text message to that phone not read before: the link's token and the code. */
    private String[] newestMessage(HttpClient phone, String number, Set<String> used) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            String outbox = get(phone, "/demo/outbox?phone=" + number);
            Matcher link = LINK.matcher(outbox);
            Matcher code = CODE.matcher(outbox);
            if (link.find() && code.find() && used.add(link.group(1))) {
                return new String[] {link.group(1), code.group(1)};
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no new message reached " + number);
    }

    private String api(String method, String path, String json, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Authorization", practitioner).build();
        return send(HttpClient.newHttpClient(), request, expected);
    }

    private String get(HttpClient client, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).GET().build(), 200);
    }

    private void post(HttpClient client, String path, Map<String, String> form, int expected) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        send(client, HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), expected);
    }

    private String send(HttpClient client, HttpRequest request, int expected) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").strip();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
