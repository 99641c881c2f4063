package org.themebot.store;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * Each store (a Jdbi SQL object) attached once per handle. Jdbi attaches a SQL object anew on
 * every {@code handle.attach} and on every method call of an on-demand store, and each attach
 * builds a configuration, a handler and a warm-up for every method of the interface (27 for
 * {@code ActionStore}). A handle's stores live in its own configuration, which Jdbi copies for
 * each handle and which dies with it. Jdbi also works out each interface's methods again for every
 * handle (its cache lives in the handle's copy of the configuration), unless the Jdbi's own
 * configuration has them: they are put there the first time. Measured, the two were a fifth of
 * the test suite's CPU.
 */
final class StoresPerHandle implements ExtensionFactory {

    private final Extensions jdbisOwn;
    private final ExtensionFactory sqlObjects;

    private StoresPerHandle(Extensions jdbisOwn, ExtensionFactory sqlObjects) {
        this.jdbisOwn = jdbisOwn;
        this.sqlObjects = sqlObjects;
    }

    /** Puts itself in front of the SQL object factory that {@code SqlObjectPlugin} installed. */
    static void installOn(Jdbi jdbi) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        extensions.register(new StoresPerHandle(extensions, extensions.findFactory(SqlObjectFactory.class).orElseThrow(
                () -> new IllegalStateException("install SqlObjectPlugin before StoresPerHandle"))));
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    /** The store is made by the SQL object factory, behind its own proxy: none is needed here. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        Map<Class<?>, Object> attached = handleSupplier.getHandle().getConfig(Attached.class).stores;
        return extensionType.cast(attached.computeIfAbsent(extensionType, type -> {
            jdbisOwn.findMetadata(type, sqlObjects);
            return sqlObjects.attach(type, handleSupplier);
        }));
    }

    /** The stores one handle attached. A handle serves one thread at a time, as Jdbi's handles do. */
    public static final class Attached implements JdbiConfig<Attached> {
        private final Map<Class<?>, Object> stores = new HashMap<>();

        public Attached() {
        }

        /** A new handle starts with none: what another handle attached is bound to that handle. */
        @Override
        public Attached createCopy() {
            return new Attached();
        }
    }
}
