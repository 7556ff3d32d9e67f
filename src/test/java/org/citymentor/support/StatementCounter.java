package org.citymentor.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread executes while {@link #count} runs. Every
 * {@link DataSource} bean is wrapped at the JDBC level (JdbcClient, JPA, Flyway and
 * Spring Session all go through it); statements on other threads, and statements outside
 * {@link #count}, are never counted.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> RENDERED = new ThreadLocal<>();

	/** Runs {@code work} and returns the statements this thread executed meanwhile. */
	public <T> Counted<T> count(Callable<T> work) throws Exception {
		List<String> previous = RECORDING.get();
		List<String> previousRendered = RENDERED.get();
		List<String> statements = new ArrayList<>();
		List<String> rendered = new ArrayList<>();
		RECORDING.set(statements);
		RENDERED.set(rendered);
		try {
			T result = work.call();
			return new Counted<>(result, List.copyOf(statements), List.copyOf(rendered));
		}
		finally {
			RECORDING.set(previous);
			RENDERED.set(previousRendered);
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, this::wrapConnection);
		}
		return bean;
	}

	private Object wrapConnection(Method method, Object result, Object[] args) {
		if (result instanceof Connection connection) {
			return proxy(Connection.class, connection, this::wrapStatement);
		}
		return result;
	}

	private Object wrapStatement(Method method, Object result, Object[] args) {
		String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
		if (result instanceof CallableStatement statement) {
			return proxy(CallableStatement.class, statement, counting(sql, statement));
		}
		if (result instanceof PreparedStatement statement) {
			return proxy(PreparedStatement.class, statement, counting(sql, statement));
		}
		if (result instanceof Statement statement) {
			return proxy(Statement.class, statement, counting(null, statement));
		}
		return result;
	}

	private static After counting(String preparedSql, Statement target) {
		return new After() {

			@Override
			public void before(Method method, Object[] args) {
				List<String> statements = RECORDING.get();
				if (statements != null && method.getName().startsWith("execute")) {
					String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text
							: preparedSql;
					statements.add(String.valueOf(sql).strip().replaceAll("\\s+", " "));
					RENDERED.get().add((sql == preparedSql) ? render(target, sql) : sql);
				}
			}

			@Override
			public Object after(Method method, Object result, Object[] args) {
				return result;
			}

		};
	}

	/**
	 * The statement with its parameters written in, as the PostgreSQL driver shows it.
	 */
	private static String render(Statement statement, String sql) {
		try {
			return statement.unwrap(PreparedStatement.class).toString();
		}
		catch (java.sql.SQLException ex) {
			return sql;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("equals") && args != null && args.length == 1) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
				return System.identityHashCode(proxy);
			}
			after.before(method, args);
			try {
				return after.after(method, method.invoke(target, args), args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	/** What a wrapped object does around each call of its target. */
	private interface After {

		default void before(Method method, Object[] args) {
		}

		Object after(Method method, Object result, Object[] args);

	}

	/**
	 * The result of counted work and the statements it executed, in order, as prepared
	 * and with their parameters written in (for {@code EXPLAIN}).
	 */
	public record Counted<T>(T result, List<String> statements, List<String> rendered) {

		public int size() {
			return this.statements.size();
		}

	}

}
