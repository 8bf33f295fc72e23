// MORE_HAND_ALIASES: technologies real profiles name (in lists, résumé lines, badge widgets) that neither
// the packages nor HAND_ALIASES know. Read only by build-vocabulary.ts: edit here, then `npm run vocab`.

export const MORE_HAND_ALIASES: Record<string, readonly string[]> = {
  // JVM back ends, as Korean and Japanese résumés list them ("Spring Boot, JPA, QueryDSL", "Netty").
  Netty: ['netty'],
  JPA: ['jpa', 'spring data jpa', 'java persistence api'],
  MyBatis: ['mybatis', 'ibatis'],
  QueryDSL: ['querydsl'],
  Lombok: ['lombok', 'project lombok'],
  RxJava: ['rxjava'],
  'Spring Batch': ['springbatch', 'spring-batch'],
  'Spring Cloud': ['springcloud', 'spring-cloud'],
  'Spring WebFlux': ['webflux', 'springwebflux', 'spring-webflux'],
  'Spring MVC': ['springmvc', 'spring-mvc'],
  'Spring Session': ['springsession'],
  OpenFeign: ['openfeign', 'spring cloud openfeign'],
  // Python and Node back-end libraries.
  Tornado: ['tornado', 'tornadoweb'],
  Casbin: ['casbin'],
  'JSON Web Tokens': ['jwt', 'json web token'],
  Supertest: ['supertest'],
  Sinon: ['sinonjs', 'sinon.js', 'sinon'],
  Nodemailer: ['nodemailer'],
  BullMQ: ['bullmq'],
  'Ethers.js': ['ethersjs', 'ethers.js'],
  'TanStack Query': ['tanstack query', 'tanstackquery', 'react query', 'react-query'],
  'Redux Toolkit': ['reduxtoolkit', 'redux toolkit', 'redux-toolkit'],
  // Kernel, network and observability tools of platform people ("eBPF, Cilium, Hubble").
  eBPF: ['ebpf'],
  Hubble: ['cilium hubble'],
  ZooKeeper: ['zookeeper', 'apache zookeeper'],
  // AWS and Google Cloud services listed by their short names.
  CloudWatch: ['cloudwatch', 'amazon cloudwatch', 'aws cloudwatch', 'cloud watch'],
  CloudTrail: ['cloudtrail', 'aws cloudtrail'],
  RDS: ['rds', 'amazon rds', 'aws rds'],
  EKS: ['eks', 'amazon eks', 'aws eks'],
  GKE: ['gke', 'google kubernetes engine'],
  Cognito: ['cognito', 'amazon cognito', 'aws cognito'],
  Kinesis: ['kinesis', 'amazon kinesis', 'aws kinesis'],
  ElastiCache: ['elasticache', 'amazon elasticache'],
  'Secrets Manager': ['aws secrets manager'],
  'Cloud Run': ['cloudrun', 'google cloud run'],
  // Mobile and desktop frameworks.
  'Kotlin Multiplatform': ['kotlinmultiplatform', 'kotlin multiplatform'],
  RxSwift: ['rxswift'],
  'Core Data': ['coredata'],
  WPF: ['wpf'],
  NUnit: ['nunit'],
  // Security scanners and release tools listed beside Nmap and GoReleaser's neighbours.
  Nessus: ['nessus'],
  OpenVAS: ['openvas'],
  Nikto: ['nikto'],
  GoReleaser: ['goreleaser'],
  Tableau: ['tableau'],
  'Microsoft Access': ['ms access', 'msaccess'],
};
