package com.focusflow.persistence.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a connection whose transaction state went wrong out of the pool. When a write fails with
 * SQLITE_BUSY (the file locked by another program), the driver's {@code BEGIN} (in setAutoCommit) or
 * SQLite's own rollback leave the driver believing a transaction is open when none is. Returned to
 * the pool like that, the connection would run the next transaction's statements in autocommit mode, one
 * by one, and commit half a transaction. So a connection whose setAutoCommit, commit or rollback failed is evicted when
 * it is closed, and the next caller gets a fresh one.
 */
final class BrokenTransactionGuard implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BrokenTransactionGuard.class);

    /** The driver begins a transaction in setAutoCommit(false); a failure in any of these leaves it confused. */
    private static final Set<String> TRANSACTION_METHODS = Set.of("setAutoCommit", "commit", "rollback");

    private final Connection target;
    private final Consumer<Connection> evict;
    private boolean broken;

    private BrokenTransactionGuard(Connection target, Consumer<Connection> evict) {
        this.target = target;
        this.evict = evict;
    }

    static Connection wrap(Connection target, Consumer<Connection> evict) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                new BrokenTransactionGuard(target, evict));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close") && broken) {
            LOG.info("Dropping a database connection whose transaction failed; the next one is fresh");
            evict.accept(target);
            return null;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException && TRANSACTION_METHODS.contains(name)) {
                broken = true;
            }
            throw e.getCause();
        }
    }
}
