package com.focusflow.session.internal;

import java.time.Instant;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.expressions.Expression;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.DatabaseQuery.ParameterType;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReportQuery;
import org.eclipse.persistence.queries.UpdateAllQuery;
import org.eclipse.persistence.sessions.Session;

/**
 * The sessions unit's named queries, built as EclipseLink expressions (persistence.xml names this class as the
 * unit's session customizer). JPQL named queries are parsed when the unit logs in, and that first parse loads
 * EclipseLink's JPQL parser (~500 classes) on the start path; these queries need no parser. Callers use them
 * as any named query ({@code createNamedQuery(SessionEntity.PAGE)}, parameters by name).
 */
public final class SessionQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.addQuery(SessionEntity.RUNNING, running());
        session.addQuery(SessionEntity.PAGE, page());
        session.addQuery(SessionEntity.COUNT, count());
        session.addQuery(SessionEntity.ENDED_OVERLAPPING, endedOverlapping());
        session.addQuery(SessionEntity.AFTER, after());
        session.addQuery(SessionEntity.CHECKPOINT, checkpoint());
    }

    /** WHERE endTime IS NULL ORDER BY startTime DESC, id DESC */
    private static ReadAllQuery running() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        ReadAllQuery query = select(s);
        query.setSelectionCriteria(s.get("endTime").isNull());
        newestFirst(query, s);
        return query;
    }

    /** WHERE startTime >= :from AND startTime < :to ORDER BY startTime DESC, id DESC */
    private static ReadAllQuery page() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        ReadAllQuery query = select(s);
        query.setSelectionCriteria(startedIn(s, "from", "to"));
        argument(query, "from", Instant.class);
        argument(query, "to", Instant.class);
        newestFirst(query, s);
        return query;
    }

    /** SELECT COUNT(s) WHERE startTime >= :from AND startTime < :to */
    private static ReportQuery count() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        ReportQuery query = new ReportQuery(SessionEntity.class, s);
        query.addCount("COUNT", s.get("id"), Long.class);
        query.setShouldReturnSingleAttribute(true);
        query.dontUseDistinct();
        query.setSelectionCriteria(startedIn(s, "from", "to"));
        argument(query, "from", Instant.class);
        argument(query, "to", Instant.class);
        return query;
    }

    /**
     * WHERE endTime IS NOT NULL AND endTime > :from AND startTime >= :earliest AND startTime < :to
     * AND (startTime > :afterStart OR (startTime = :afterStart AND id > :afterId)) ORDER BY startTime, id
     */
    private static ReadAllQuery endedOverlapping() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        ReadAllQuery query = select(s);
        Expression afterStart = s.getParameter("afterStart");
        query.setSelectionCriteria(s.get("endTime").notNull()
                .and(s.get("endTime").greaterThan(s.getParameter("from")))
                .and(s.get("startTime").greaterThanEqual(s.getParameter("earliest")))
                .and(s.get("startTime").lessThan(s.getParameter("to")))
                .and(s.get("startTime").greaterThan(afterStart)
                        .or(s.get("startTime").equal(afterStart).and(s.get("id").greaterThan(s.getParameter("afterId"))))));
        argument(query, "from", Instant.class);
        argument(query, "earliest", Instant.class);
        argument(query, "to", Instant.class);
        argument(query, "afterStart", Instant.class);
        argument(query, "afterId", String.class);
        oldestFirst(query, s);
        return query;
    }

    /** WHERE startTime >= :afterStart AND (startTime > :afterStart OR id > :afterId) ORDER BY startTime, id */
    private static ReadAllQuery after() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        ReadAllQuery query = select(s);
        Expression afterStart = s.getParameter("afterStart");
        query.setSelectionCriteria(s.get("startTime").greaterThanEqual(afterStart)
                .and(s.get("startTime").greaterThan(afterStart).or(s.get("id").greaterThan(s.getParameter("afterId")))));
        argument(query, "afterStart", Instant.class);
        argument(query, "afterId", String.class);
        oldestFirst(query, s);
        return query;
    }

    /** UPDATE SET actualSeconds = :elapsed, checkpointTime = :at WHERE id = :id AND endTime IS NULL */
    private static UpdateAllQuery checkpoint() {
        ExpressionBuilder s = new ExpressionBuilder(SessionEntity.class);
        UpdateAllQuery query = new UpdateAllQuery(SessionEntity.class, s);
        // as a JPQL update: executeUpdate() runs it at once, outside JDBC batches, and returns the rows it changed
        query.setShouldDeferExecutionInUOW(false);
        query.setIsBatchExecutionSupported(false);
        query.addUpdate(s.get("actualSeconds"), s.getParameter("elapsed"));
        query.addUpdate(s.get("checkpointTime"), s.getParameter("at"));
        query.setSelectionCriteria(s.get("id").equal(s.getParameter("id")).and(s.get("endTime").isNull()));
        argument(query, "elapsed", long.class);
        argument(query, "at", Instant.class);
        argument(query, "id", String.class);
        return query;
    }

    private static ReadAllQuery select(ExpressionBuilder s) {
        ReadAllQuery query = new ReadAllQuery(SessionEntity.class, s);
        query.dontUseDistinct();
        return query;
    }

    private static void argument(DatabaseQuery query, String name, Class<?> type) {
        query.addArgument(name, type, ParameterType.NAMED);
    }

    private static Expression startedIn(ExpressionBuilder s, String from, String to) {
        return s.get("startTime").greaterThanEqual(s.getParameter(from)).and(s.get("startTime").lessThan(s.getParameter(to)));
    }

    private static void newestFirst(ReadAllQuery query, ExpressionBuilder s) {
        query.addOrdering(s.get("startTime").descending());
        query.addOrdering(s.get("id").descending());
    }

    private static void oldestFirst(ReadAllQuery query, ExpressionBuilder s) {
        query.addOrdering(s.get("startTime"));
        query.addOrdering(s.get("id"));
    }
}
