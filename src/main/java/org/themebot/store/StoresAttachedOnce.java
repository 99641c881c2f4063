package org.themebot.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * Each store (a Jdbi SQL object) attached once per process. Jdbi attaches a SQL object anew on
 * every {@code handle.attach} and on every method call of an on-demand store, and each attach
 * copies the whole configuration for every method of the interface (27 for {@code ActionStore})
 * and builds and warms a handler for each: measured, a sixth of a list's CPU even once per
 * request. Here the SQL object factory attaches each store once, to a handle supplier that stands
 * for "the handle of the call in progress"; what a handle gets is a thin binding to it, made once
 * per handle and kept in the handle's own copy of the configuration (it dies with the handle),
 * that names the handle for the duration of each call. A store's default methods call its other
 * methods on the shared store, inside that call, so they run on the same handle.
 *
 * <p>The stores are built from the Jdbi's own configuration: themebot configures the Jdbi, never
 * a handle.
 */
final class StoresAttachedOnce implements ExtensionFactory {

    private final Jdbi jdbi;
    private final ExtensionFactory sqlObjects;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final HandleOfTheCall handleOfTheCall = new HandleOfTheCall();

    private StoresAttachedOnce(Jdbi jdbi, ExtensionFactory sqlObjects) {
        this.jdbi = jdbi;
        this.sqlObjects = sqlObjects;
    }

    /** Puts itself in front of the SQL object factory that {@code SqlObjectPlugin} installed. */
    static void installOn(Jdbi jdbi) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        extensions.register(new StoresAttachedOnce(jdbi, extensions.findFactory(SqlObjectFactory.class).orElseThrow(
                () -> new IllegalStateException("install SqlObjectPlugin before StoresAttachedOnce"))));
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    /** The shared store is made by the SQL object factory, behind its own proxy: none is needed here. */
    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        Map<Class<?>, Object> bound = handleSupplier.getHandle().getConfig(Bound.class).stores;
        return extensionType.cast(bound.computeIfAbsent(extensionType, type -> bind(type, handleSupplier)));
    }

    private Object bind(Class<?> type, HandleSupplier handleSupplier) {
        Object store = shared.computeIfAbsent(type, t -> sqlObjects.attach(t, handleOfTheCall));
        // the store is Jdbi's proxy: its own handler is called as the proxy would call it (stores are
        // often package-private interfaces, which reflection from here could not call)
        InvocationHandler jdbisHandler = Proxy.getInvocationHandler(store);
        InvocationHandler onThisHandle = (binding, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> binding == args[0];
                    case "hashCode" -> System.identityHashCode(binding);
                    default -> type.getSimpleName() + " bound to one handle";
                };
            }
            return handleOfTheCall.during(handleSupplier, () -> jdbisHandler.invoke(store, method, args));
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, onThisHandle);
    }

    /** A store's method called through a binding. */
    private interface StoreCall {
        Object call() throws Throwable;
    }

    /** The handle supplier the shared stores run on: the one of the binding whose call is in progress on this thread. */
    private final class HandleOfTheCall implements HandleSupplier {
        private final ThreadLocal<HandleSupplier> current = new ThreadLocal<>();

        Object during(HandleSupplier supplier, StoreCall call) throws Throwable {
            HandleSupplier outer = current.get();
            current.set(supplier);
            try {
                return call.call();
            } finally {
                current.set(outer);
            }
        }

        private HandleSupplier current() {
            HandleSupplier supplier = current.get();
            if (supplier == null) {
                throw new IllegalStateException("a shared store was called outside a handle's binding");
            }
            return supplier;
        }

        @Override
        public Handle getHandle() {
            return current().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        /** What the stores are built from, once: the Jdbi's own configuration. */
        @Override
        public ConfigRegistry getConfig() {
            return jdbi.getConfig();
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return current().invokeInContext(extensionContext, task);
        }
    }

    /** The stores bound to one handle. A handle serves one thread at a time, as Jdbi's handles do. */
    public static final class Bound implements JdbiConfig<Bound> {
        private final Map<Class<?>, Object> stores = new HashMap<>();

        public Bound() {
        }

        /** A new handle starts with none: what another handle bound is bound to that handle. */
        @Override
        public Bound createCopy() {
            return new Bound();
        }
    }
}
