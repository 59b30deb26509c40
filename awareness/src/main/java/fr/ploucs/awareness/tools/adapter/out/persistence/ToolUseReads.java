package fr.ploucs.awareness.tools.adapter.out.persistence;

import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads {@code awareness.session} (the sessions feature's table, never written here) for the sessions a tool was used
 * in, and the catalogue's names.
 */
@Component
@Transactional(readOnly = true)
class ToolUseReads implements ToolUsesQuery {

    private final JdbcClient jdbc;

    ToolUseReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> toolNames() {
        return jdbc.sql("select name from awareness.educational_tool order by lower(name)").query(String.class).list();
    }

    @Override
    public List<ToolUse> sessionsUsing(String toolName) {
        if (toolName == null || toolName.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, title, date, actual_participants from awareness.session
                         where status in ('DELIVERED', 'EVALUATED') and lower(tool_used) = lower(?)
                         order by date desc, id""")
                .param(toolName.strip())
                .query((rs, n) -> new ToolUse(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("date", LocalDate.class), rs.getInt("actual_participants")))
                .list();
    }
}
