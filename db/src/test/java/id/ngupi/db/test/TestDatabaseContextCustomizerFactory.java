package id.ngupi.db.test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at its own database on the shared
 * {@link TestDatabase}. Registered in {@code META-INF/spring.factories}, so no test has
 * to ask for it and none can forget it.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	static final class TestDatabaseCustomizer implements ContextCustomizer {

		private static final String LEASE_BEAN = "testDatabaseLease";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Lease lease = TestDatabase.lease();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase",
						Map.of("spring.datasource.url", lease.jdbcUrl(), "spring.datasource.username", lease.username(),
								"spring.datasource.password", lease.password())));
			context.addBeanFactoryPostProcessor(beanFactory -> registerLease(beanFactory, lease));
		}

		/**
		 * Gives the lease back when the context closes, and only after every DataSource
		 * is closed: each of them is made to depend on the lease.
		 */
		private static void registerLease(ConfigurableListableBeanFactory beanFactory, TestDatabase.Lease lease) {
			RootBeanDefinition definition = new RootBeanDefinition(TestDatabase.Lease.class, () -> lease);
			definition.setDestroyMethodName("close");
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(LEASE_BEAN, definition);
			for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
				BeanDefinition dataSource = beanFactory.getBeanDefinition(name);
				String[] dependsOn = (dataSource.getDependsOn() != null) ? dataSource.getDependsOn() : new String[0];
				String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
				extended[dependsOn.length] = LEASE_BEAN;
				dataSource.setDependsOn(extended);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return TestDatabaseCustomizer.class.hashCode();
		}

	}

}
