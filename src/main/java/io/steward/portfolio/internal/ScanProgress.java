package io.steward.portfolio.internal;

import io.steward.platform.DomainRefusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the scan page and API show: runs with their steps and counts, and open mismatches by kind. */
@Service
@Transactional(readOnly = true)
public class ScanProgress {

    public record Overview(List<ScanRun> runs, Map<String, Long> openByKind, boolean active) {
    }

    private final ScanRuns runs;

    ScanProgress(ScanRuns runs) {
        this.runs = runs;
    }

    public ScanRun run(long id) {
        return runs.find(id).orElseThrow(() -> DomainRefusal.notFound("unknown-portfolio-scan", "No such scan", id));
    }

    public Overview overview() {
        List<ScanRun> recent = runs.recent(20);
        Map<String, Long> open = new LinkedHashMap<>();
        runs.openByKind().forEach(row -> open.put((String) row.get("kind"), ((Number) row.get("open")).longValue()));
        return new Overview(recent, open, recent.stream().anyMatch(ScanRun::active));
    }
}
