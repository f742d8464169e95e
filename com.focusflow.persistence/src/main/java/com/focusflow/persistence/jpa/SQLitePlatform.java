package com.focusflow.persistence.jpa;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.DatabasePlatform;

/**
 * EclipseLink has no SQLite platform. This one binds every parameter, has no sequences and no
 * {@code FOR UPDATE} (SQLite locks the whole database for a writer), and pages in SQL with
 * {@code LIMIT offset, count} instead of skipping rows in JDBC.
 */
public class SQLitePlatform extends DatabasePlatform {

    private static final long serialVersionUID = 1L;

    public SQLitePlatform() {
        setShouldBindAllParameters(true);
    }

    @Override
    public boolean supportsSequenceObjects() {
        return false;
    }

    @Override
    public String getSelectForUpdateString() {
        return "";
    }

    @Override
    public boolean shouldPrintForUpdateClause() {
        return false;
    }

    /** EclipseLink passes first + max as the maximum row; LIMIT wants the count. */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults - (firstResultIndex >= 0 ? firstResultIndex : 0);
    }

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        int max = statement.getQuery() == null ? 0 : statement.getQuery().getMaxRows();
        if (max <= 0 || !shouldUseRownumFiltering()) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" LIMIT ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        printer.printString(", ");
        printer.printParameter(DatabaseCall.MAXROW_FIELD);
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }
}
