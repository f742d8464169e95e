package com.focusflow.blocking.internal.store;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.queries.DatabaseQuery.ParameterType;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReportQuery;
import org.eclipse.persistence.sessions.Session;

/**
 * The block list unit's named queries, built as EclipseLink expressions (persistence.xml names this class as
 * the unit's session customizer). JPQL named queries are parsed when the unit logs in, and that first parse
 * loads EclipseLink's JPQL parser (~500 classes) on the start path; these queries need no parser. Callers use
 * them as any named query ({@code createNamedQuery(BlockedItemEntity.ALL)}, parameters by name).
 */
public final class BlockListQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.addQuery(BlockedItemEntity.ALL, all());
        session.addQuery(BlockedItemEntity.BY_TYPE, byType());
        session.addQuery(BlockedItemEntity.BY_TYPE_AND_VALUE, byTypeAndValue());
        session.addQuery(BlockedItemEntity.MAX_ID, maxId());
    }

    /** ORDER BY itemType, value */
    private static ReadAllQuery all() {
        ExpressionBuilder b = new ExpressionBuilder(BlockedItemEntity.class);
        ReadAllQuery query = select(b);
        query.addOrdering(b.get("itemType"));
        query.addOrdering(b.get("value"));
        return query;
    }

    /** WHERE itemType = :type ORDER BY value */
    private static ReadAllQuery byType() {
        ExpressionBuilder b = new ExpressionBuilder(BlockedItemEntity.class);
        ReadAllQuery query = select(b);
        query.setSelectionCriteria(b.get("itemType").equal(b.getParameter("type")));
        query.addArgument("type", String.class, ParameterType.NAMED);
        query.addOrdering(b.get("value"));
        return query;
    }

    /** WHERE itemType = :type AND value = :value */
    private static ReadAllQuery byTypeAndValue() {
        ExpressionBuilder b = new ExpressionBuilder(BlockedItemEntity.class);
        ReadAllQuery query = select(b);
        query.setSelectionCriteria(b.get("itemType").equal(b.getParameter("type"))
                .and(b.get("value").equal(b.getParameter("value"))));
        query.addArgument("type", String.class, ParameterType.NAMED);
        query.addArgument("value", String.class, ParameterType.NAMED);
        return query;
    }

    /** SELECT MAX(id), a Long (null while the list is empty) */
    private static ReportQuery maxId() {
        ExpressionBuilder b = new ExpressionBuilder(BlockedItemEntity.class);
        ReportQuery query = new ReportQuery(BlockedItemEntity.class, b);
        query.addMaximum("MAX", b.get("id"), Long.class);
        query.setShouldReturnSingleAttribute(true);
        query.dontUseDistinct();
        return query;
    }

    private static ReadAllQuery select(ExpressionBuilder b) {
        ReadAllQuery query = new ReadAllQuery(BlockedItemEntity.class, b);
        query.dontUseDistinct();
        return query;
    }
}
