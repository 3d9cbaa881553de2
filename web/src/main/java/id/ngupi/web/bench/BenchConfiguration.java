package id.ngupi.web.bench;

import id.ngupi.db.statements.StatementRecorder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The statement recording the bench profile reads pages' costs from. */
@Configuration(proxyBeanMethods = false)
@Conditional(BenchEnabled.class)
class BenchConfiguration {

	@Bean
	StatementRecorder benchStatementRecorder() {
		return new StatementRecorder();
	}

	@Bean
	BenchStatements benchStatements(StatementRecorder recorder) {
		return new BenchStatements(recorder);
	}

}
