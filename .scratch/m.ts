import { findTechMentions } from '../src/profiles/tech-mentions.ts';
for (const s of [
 "I work with Rust, Swift and TypeScript", "I use Python and Go daily", "good at Go and Perl",
 "mainly working in Go, Rust, and Java", "Go to my website and react to this", "I am a JavaScript developer from Beijing",
 "I have some works with JavaScript, Node.js and SVG, contact me", "delivering Linux and Kubernetes-based infrastructure solutions",
 "skilled in C++, Java, Android Development, Full Stack Development, Machine learning, MERN, Javascript and its frameworks",
 "Day to day I make things with data using python and javascript.", "Ask me about anything related to Javascript/Typescript/Python or Angular/React/Express/Flask",
 "Lang & Framework: Vue/React, Javascript", "C++ & . Qt.", "Arch Linux & KDE & VS Code & Iosevka / JetBrains Mono.",
 "Aktuell beschäftige ich mich nebenbei mit Python, ein wenig Java, und experimentiere auch mit Docker sowie NixOS-Konfigurationen.",
 "Experiência com PostgreSQL, MySQL e MongoDB", "Contêineres com Docker e orquestração com Kubernetes", "Trabajo con React y Node todos los días",
 "Je travaille avec Vue.js et Laravel", "The quick brown fox jumps over the lazy dog while the Sun shines on the Ring road in Max's Red car, I will Go Home",
 "R&D engineer at Apple, I love Spotify, Chrome, Xbox and DuckDuckGo. Google I/O speaker.", "Building GreatFrontEnd · Ex-Meta Staff Engineer", "I'm a Product Engineer building easy-to-use tools to simplify life with Rust, Swift, Shell & TypeScript",
 "Ich bin Fachinformatiker für Anwendungsentwicklung und arbeite mit Ruby", "Hi, I'm Ana. I build things on the web. Make it simple. Less is more. Data, Cloud, Mobile.",
]) console.log(JSON.stringify(findTechMentions(s)), '<=', s.slice(0,70));
