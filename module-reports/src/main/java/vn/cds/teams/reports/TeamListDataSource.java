package vn.cds.teams.reports;

import java.util.Iterator;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/** Feeds the template one row at a time from an iterator, so rows can stream from the database. */
final class TeamListDataSource implements JRDataSource {

    private final Iterator<TeamListRow> rows;
    private TeamListRow current;

    TeamListDataSource(Iterator<TeamListRow> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() throws JRException {
        if (!rows.hasNext()) {
            current = null;
            return false;
        }
        current = rows.next();
        if (current == null) {
            throw new JRException("Row iterator returned null");
        }
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return TeamListTemplate.fieldValue(current, field.getName());
    }
}
