package io.steward.organization.internal;

import io.steward.organization.Institution;
import io.steward.organization.InstitutionTree;
import io.steward.organization.InstitutionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInstitutionTree implements InstitutionTree {

    private static final String SELECT = """
            select i.id, i.code, i.name, i.type, p.code as parent_code
            from institution i left join institution p on p.id = i.parent_id""";

    private final JdbcClient jdbc;

    JdbcInstitutionTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Institution> find(String code) {
        return jdbc.sql(SELECT + " where i.code = ?").param(code).query(JdbcInstitutionTree::map).optional();
    }

    @Override
    public List<Institution> all() {
        return jdbc.sql("""
                with recursive tree as (
                    select id, array[code::text] as path from institution where parent_id is null
                    union all
                    select c.id, t.path || c.code::text from institution c join tree t on c.parent_id = t.id
                )
                """ + SELECT + " join tree t on t.id = i.id order by t.path")
                .query(JdbcInstitutionTree::map).list();
    }

    @Override
    public Set<String> subtree(String code) {
        return new LinkedHashSet<>(jdbc.sql("""
                with recursive tree as (
                    select id, code from institution where code = ?
                    union all
                    select c.id, c.code from institution c join tree t on c.parent_id = t.id
                )
                select code from tree""").param(code).query(String.class).list());
    }

    @Override
    public List<Institution> pathToRoot(String code) {
        return jdbc.sql("""
                with recursive path as (
                    select id, parent_id, 0 as depth from institution where code = ?
                    union all
                    select p.id, p.parent_id, path.depth + 1 from institution p join path on p.id = path.parent_id
                )
                """ + SELECT + " join path on path.id = i.id order by path.depth")
                .param(code).query(JdbcInstitutionTree::map).list();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from institution where code = ?").param(code).query(Long.class).optional();
    }

    private static Institution map(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                InstitutionType.valueOf(rs.getString("type")), rs.getString("parent_code"));
    }
}
