package fr.ploucs.awareness.reach.adapter.in.web;

import java.util.List;

/** An indicator's table on the page: its key ({@code audiences}...), for ids, texts and the CSV link, and its lines. */
record ReachTable(String key, List<ReachLine> lines) {

    long people() {
        return lines.stream().mapToLong(ReachLine::people).sum();
    }
}
