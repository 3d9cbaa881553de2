package id.ngupi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

/**
 * Ngupi: casual 1-on-1 talks between developers. One Spring Boot application made of the
 * application modules {@code identity}, {@code hosting}, {@code booking},
 * {@code feedback} and {@code web}.
 */
@Modulithic(systemName = "Ngupi")
@SpringBootApplication
@EnableScheduling
public class NgupiApplication {

	public static void main(String[] args) {
		SpringApplication.run(NgupiApplication.class, args);
	}

}
