// SECTION_VOCABULARY: the heading words of each SectionKind, in English, Spanish, French, German,
// Portuguese and more (classifySection in section-kinds.ts reads it; documented in docs/profile-format.md).
import type { SectionKind } from '../model/profile.js';

/** Alternatives separated by "|". */
type Vocabulary = { phrases: string; stems?: string };

// Phrases match whole words after folding (lowercase, no accents, no apostrophes: "let's" → "lets").
// Stems match inside a word, for German compounds ("Berufserfahrung") and plural/verb forms.
export const SECTION_VOCABULARY: Record<Exclude<SectionKind, 'other'>, Vocabulary> = {
  contact: {
    phrases:
      'contact|contacts|connect|lets connect|get in touch|reach me|reach out|find me|socials|social|' +
      'social media|say hi|say hello|hire me|email me|links|where to find me|contacto|contactame|redes|' +
      'redes sociales|encuentrame|hablemos|me contacter|contactez moi|reseaux sociaux|me joindre|' +
      'erreichbarkeit|soziale netzwerke|contato|contatos|fale comigo|redes sociais',
    stems: 'kontakt',
  },
  certifications: {
    phrases: 'credentials|licenses|accreditations|badges and certifications|certificados',
    stems: 'certif|zertifi|сертифик|сертифік|sertifika',
  },
  education: {
    phrases:
      'education|academic|academics|studies|degree|degrees|university|school|qualifications|courses|' +
      'educacion|formacion|estudios|formation|etudes|diplomes|parcours academique|studium|educacao|' +
      'formacao|estudos|' +
      // Russian, Ukrainian, Italian, Polish, Dutch, Turkish, Indonesian, Japanese, Chinese, Korean ("Образование").
      'образование|обучение|освіта|istruzione|formazione|wyksztalcenie|edukacja|opleiding|onderwijs|egitim|' +
      'pendidikan|学歴|教育|학력',
    stems: 'ausbildung|bildung',
  },
  experience: {
    phrases:
      'experience|experiences|employment|work history|career|jobs|positions|where ive worked|' +
      // "### Currently working at:" over the employer: the job held now, not a focus.
      'currently working at|working at|where i work|current job|current employer|current position|' +
      'professional journey|career journey|work journey|' +
      'professional background|experiencia|experiencias|trayectoria|parcours|parcours professionnel|' +
      'industry|emplois|laufbahn|carreira|trajetoria|historico profissional|historial laboral|historial profesional|internships|internship|pasantias|practicas profesionales|estagios|職歴|職務経歴|経歴|略歴|工作经历|工作經歷|경력|' +
      // Italian, Russian, Ukrainian, Polish, Dutch, Turkish, Indonesian; Chinese, Japanese, Korean variants.
      'esperienza|esperienze|опыт работы|опыт|досвід роботи|досвід|doswiadczenie|werkervaring|is deneyimi|deneyim|' +
      'pengalaman kerja|pengalaman|工作经验|工作經驗|实习经历|經歷|经历|경력사항|경력 사항|업무 경력',
    stems: 'erfahrung|werdegang',
  },
  projects: {
    phrases:
      'projects|project|side projects|open source|portfolio|things ive built|what ive built|' +
      'featured work|showcase|contributions',
    stems: 'projekt|proyecto|projet|projeto',
  },
  skills: {
    phrases:
      'skills|skill|skillset|tech stack|my stack|core stack|the stack|technical|technologies|tech|' +
      'tools|tooling|toolbox|languages|programming languages|frameworks|expertise|competencies|' +
      'proficiencies|what i know|strong at|strengths|abilities|habilidades|toolkit|deep understanding|' +
      // "What I work with", "Lo que uso", "Womit ich arbeite": the tools someone uses, said in words.
      'what i work with|things i work with|stuff i work with|what i use|things i use|stuff i use|' +
      'what i build with|things i build with|what i ship with|things i ship with|' +
      'con que trabajo|lo que uso|mi stack|com o que trabalho|o que uso|o que eu uso|' +
      'minha stack|meu stack|avec quoi je travaille|ce que jutilise|ma stack|mon stack|' +
      'womit ich arbeite|was ich nutze|was ich benutze|mein stack|' +
      'competencias|tecnologias|herramientas|conocimientos|competences|outils|savoir faire|langages|' +
      // "Knowledge and Experiences", "📚 Knowledge": what someone knows is a list of skills.
      'knowledge|connaissances|' +
      'technologien|werkzeuge|techstack|ferramentas|conhecimentos|' +
      // Chinese, Japanese and Korean: "技术栈", "使用技術", "スキル", "기술 스택" ("기술" alone heads "기술 아티클", tech articles).
      '技术栈|技術棧|技能|使用技術|技術スタック|スキル|기술 스택|기술스택|스킬|사용 기술|' +
      // Russian, Ukrainian, Polish, Italian, Dutch, Turkish, Indonesian ("Технологический стек", "Umiejętności").
      'технологический стек|стек|стек технологий|навыки|технологии|инструменты|навички|технології|інструменти|' +
      'umiejetnosci|technologie|narzedzia|competenze|tecnologie|strumenti|vaardigheden|technologieen|' +
      'yetenekler|teknolojiler|araclar|keahlian|teknologi',
    stems: 'fahigkeit|faehigkeit|kenntnis|kompetenz',
  },
  values: {
    phrases:
      'values|principles|philosophy|beliefs|what i believe|apart|how i work|work ethic|manifesto|' +
      'care about|matters to me|i stand for|' +
      'tenets|valores|principios|filosofia|valeurs|principes|philosophie|werte|prinzipien|grundsatze|' +
      'grundsaetze',
  },
  focus: {
    phrases:
      'focus|machine learning|current focus|currently|working on|building toward|building towards|goals|looking for|' +
      'open to|roadmap|whats next|now|objectives|mission|enfoque|objetivos|actualmente|metas|objectifs|' +
      'en ce moment|actuellement|fokus|ziele|aktuell|foco|atualmente',
    stems: 'schwerpunkt',
  },
  interests: {
    phrases:
      'interests|hobbies|fun facts|fun fact|outside of work|beyond code|when im not coding|passions|' +
      'things i enjoy|intereses|aficiones|pasatiempos|interets|loisirs|centres dinteret|interessen|' +
      'hobbys|freizeit|interesses|passatempos',
  },
  about: {
    phrases:
      'about|about me|bio|biography|intro|introduction|whoami|who am i|hi|hello|hey|summary|overview|' +
      'profile|approach|how i think|sobre mi|acerca de mi|perfil|resumen|hola|a propos|profil|resume|' +
      'bonjour|salut|uber mich|ueber mich|zusammenfassung|hallo|sobre mim|resumo|ola|sobre|acerca de',
  },
};
