package io.pycamunda.testengine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** The engine pycamunda's integration tests talk to. */
@SpringBootApplication
public class TestEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(TestEngineApplication.class, args);
  }

  /**
   * A password policy the tests' users meet (the admin user demo/demo included): at least four
   * characters, no digit required. Camunda's default policy would refuse "demo".
   */
  @Bean
  public ProcessEnginePlugin passwordPolicy() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(
            () -> List.of(new PasswordPolicyLengthRuleImpl(4), new PasswordPolicyDigitRuleImpl(0)));
        enforceNoHistoryTimeToLive(configuration);
      }
    };
  }

  /**
   * Definitions deploy without a history time to live. Camunda 7.20 and later refuse them by
   * default; older releases have no such setting (hence reflection: one source for all releases).
   */
  static void enforceNoHistoryTimeToLive(ProcessEngineConfigurationImpl configuration) {
    try {
      configuration.getClass()
          .getMethod("setEnforceHistoryTimeToLive", boolean.class)
          .invoke(configuration, false);
    } catch (NoSuchMethodException olderRelease) {
      // nothing to switch off
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HTTP Basic authentication on the REST API, switched on with pycamunda.basic-auth=true. */
  @Bean
  @ConditionalOnProperty(name = "pycamunda.basic-auth", havingValue = "true")
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("camunda-auth");
    return registration;
  }
}
