package io.steward.organization.internal;

import io.steward.organization.Certificate;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import io.steward.organization.Team;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaffDirectory implements StaffDirectory {

    private static final String SELECT_STAFF = """
            select s.id, s.username, s.full_name, i.code as institution_code, s.enabled, s.password_hash,
                   array(select r.role from staff_role r where r.staff_id = s.id order by r.role) as roles
            from staff s join institution i on i.id = s.institution_id""";

    private static final String SELECT_CERTIFICATE = """
            select c.number, s.username, c.issued_on, c.expires_on, c.revoked_on, c.revoked_reason
            from certificate c join staff s on s.id = c.staff_id""";

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql(SELECT_STAFF + " where s.username = ?").param(username).query(JdbcStaffDirectory::staff).optional();
    }

    @Override
    public List<StaffMember> list(StaffFilter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT_STAFF + "\n" + """
                 where (cast(:institution as varchar) is null or i.code = :institution)
                   and (cast(:role as varchar) is null or exists (
                        select 1 from staff_role r where r.staff_id = s.id and r.role = :role))
                   and (cast(:text as varchar) is null or lower(s.username) like :text or lower(s.full_name) like :text)
                 order by i.code, s.username""")
                .param("institution", filter.institutionCode())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("text", text)
                .query(JdbcStaffDirectory::staff).list();
    }

    @Override
    public List<Certificate> certificatesOf(String username) {
        return jdbc.sql(SELECT_CERTIFICATE + " where s.username = ? order by c.issued_on desc, c.number")
                .param(username).query(JdbcStaffDirectory::certificate).list();
    }

    @Override
    public List<Certificate> certificates() {
        return jdbc.sql(SELECT_CERTIFICATE + " order by c.expires_on, c.number").query(JdbcStaffDirectory::certificate).list();
    }

    @Override
    public Optional<Certificate> validCertificateOn(String username, LocalDate day) {
        return jdbc.sql(SELECT_CERTIFICATE + "\n" + """
                 where s.username = :username and c.issued_on <= :day and c.expires_on >= :day
                   and (c.revoked_on is null or c.revoked_on > :day)
                 order by c.expires_on desc limit 1""")
                .param("username", username).param("day", day)
                .query(JdbcStaffDirectory::certificate).optional();
    }

    @Override
    public List<String> practitionersAssistedBy(String assistant) {
        return jdbc.sql("""
                select p.username from assistant_assignment a
                join staff s on s.id = a.assistant_id join staff p on p.id = a.practitioner_id
                where s.username = ? order by p.username""").param(assistant).query(String.class).list();
    }

    @Override
    public List<String> assistantsOf(String practitioner) {
        return jdbc.sql("""
                select s.username from assistant_assignment a
                join staff s on s.id = a.assistant_id join staff p on p.id = a.practitioner_id
                where p.username = ? order by s.username""").param(practitioner).query(String.class).list();
    }

    @Override
    public List<Team> teams() {
        return jdbc.sql(SELECT_TEAM + " order by t.code").query(JdbcStaffDirectory::team).list();
    }

    @Override
    public List<Team> teamsLedBy(String leader) {
        return jdbc.sql(SELECT_TEAM + " where l.username = ? order by t.code").param(leader)
                .query(JdbcStaffDirectory::team).list();
    }

    Optional<Team> team(String code) {
        return jdbc.sql(SELECT_TEAM + " where t.code = ?").param(code).query(JdbcStaffDirectory::team).optional();
    }

    private static final String SELECT_TEAM = """
            select t.id, t.code, t.name, i.code as institution_code, l.username as leader,
                   array(select s.username from team_member m join staff s on s.id = m.staff_id
                         where m.team_id = t.id order by s.username) as members
            from team t join institution i on i.id = t.institution_id join staff l on l.id = t.leader_id""";

    @Override
    public Optional<StaffCredentials> credentialsOf(String username) {
        return jdbc.sql(SELECT_STAFF + " where s.username = ?").param(username)
                .query((rs, n) -> new StaffCredentials(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), roles(rs.getArray("roles"))))
                .optional();
    }

    private static StaffMember staff(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("institution_code"), roles(rs.getArray("roles")), rs.getBoolean("enabled"));
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        return new Certificate(rs.getString("number"), rs.getString("username"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                rs.getObject("revoked_on", LocalDate.class), rs.getString("revoked_reason"));
    }

    private static Team team(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("institution_code"),
                rs.getString("leader"), Arrays.asList((String[]) rs.getArray("members").getArray()));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) array.getArray()) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }
}
