# La Scorecard de Aligned Autonomy: la autoevaluación pública y su
# resultado (la encuesta de la organización plantea las mismas afirmaciones).

scorecard-title = Scorecard de Aligned Autonomy
scorecard-lead = Veinte afirmaciones, unos dos minutos. Responde por el equipo o la organización que mejor conoces. No se guarda nada.
scorecard-submit = Ver mi resultado
scorecard-result-title = Tu scorecard
scorecard-back = Volver a las afirmaciones

## Las cuatro dimensiones

scorecard-strategic-clarity = Claridad estratégica
scorecard-strategic-clarity-question = ¿Entienden los equipos el porqué?
scorecard-strategic-clarity-advice = Reduce los objetivos de la ola a los pocos que importan y escribe el porqué de cada uno en dos frases; pide a cada equipo que escriba cómo contribuyen sus objetivos.
scorecard-decision-autonomy = Autonomía de decisión
scorecard-decision-autonomy-question = ¿Pueden los equipos actuar sin aprobación?
scorecard-decision-autonomy-advice = Nombra las decisiones que los equipos pueden tomar solos en esta ola (y las pocas que aún necesitan a un responsable) y elimina un paso de aprobación.
scorecard-context-flow = Flujo de contexto
scorecard-context-flow-question = ¿Entienden los equipos su impacto en otros equipos?
scorecard-context-flow-advice = Haz de una breve actualización semanal (progreso, planes, problemas) la norma de cada equipo y responde a las peticiones de ayuda en pocos días.
scorecard-execution-velocity = Velocidad de ejecución
scorecard-execution-velocity-question = ¿Pueden los equipos avanzar rápido?
scorecard-execution-velocity-advice = Revisa los resultados clave cada semana, limita el trabajo en curso y elimina la espera recurrente más lenta de vuestras entregas.

## Las afirmaciones

scorecard-sc1 = Puedo explicar con mis propias palabras los principales objetivos de nuestra organización para este periodo.
scorecard-sc2 = Sé por qué esos objetivos importan más que otras cosas que podríamos hacer.
scorecard-sc3 = El trabajo de mi equipo se relaciona claramente con al menos uno de esos objetivos.
scorecard-sc4 = Cuando cambian las prioridades, nos dan el motivo, no solo el nuevo plan.
scorecard-sc5 = Dos personas de mi equipo describirían nuestros objetivos de la misma manera.
scorecard-da1 = Mi equipo decide cómo alcanzar sus objetivos sin pedir aprobación.
scorecard-da2 = Podemos cambiar nuestro plan a mitad de ciclo cuando aprendemos algo nuevo.
scorecard-da3 = Las decisiones sobre nuestro trabajo las toman las personas más cercanas a él.
scorecard-da4 = Rara vez esperamos a un responsable para dar el siguiente paso.
scorecard-da5 = Cuando una decisión sale mal, aprendemos de ella en lugar de añadir aprobaciones.
scorecard-cf1 = Sé en qué trabajan los equipos que dependen de nosotros.
scorecard-cf2 = Nos enteramos de los problemas de otros equipos antes de que nos afecten.
scorecard-cf3 = Pedir ayuda a otro equipo es fácil y suele responderse rápido.
scorecard-cf4 = Los responsables comparten lo que aprenden de los clientes y del mercado.
scorecard-cf5 = Nuestras actualizaciones semanales las leen las personas que las necesitan.
scorecard-ev1 = Entregamos algo que los clientes pueden usar al menos cada pocas semanas.
scorecard-ev2 = Medimos el progreso cada semana frente a resultados clave claros.
scorecard-ev3 = La mayor parte de nuestro tiempo va al trabajo planificado, no a apagar fuegos ni a esperar.
scorecard-ev4 = Terminamos lo que empezamos antes de asumir más.
scorecard-ev5 = Las herramientas y los procesos nos ayudan a avanzar en lugar de frenarnos.

## La escala de acuerdo

scorecard-agree-1 = Muy en desacuerdo
scorecard-agree-2 = En desacuerdo
scorecard-agree-3 = Neutral
scorecard-agree-4 = De acuerdo
scorecard-agree-5 = Muy de acuerdo

## Los niveles del espectro, de directivo a autónomo

scorecard-band-directive = Directivo
scorecard-band-directive-meaning = La dirección manda y los equipos ejecutan. Es predecible, pero las decisiones se acumulan arriba y los equipos rara vez conocen el porqué.
scorecard-band-directive-next = Empezad con una ola corta: tres objetivos con su porqué, y que cada equipo escriba un objetivo alineado propio.
scorecard-band-guided = Guiado
scorecard-band-guided-meaning = Los equipos tienen algo de margen, pero la dirección y las aprobaciones aún vienen sobre todo de arriba; el contexto llega tarde.
scorecard-band-guided-next = Dejad que los equipos elijan sus propios resultados clave y sustituid una reunión de seguimiento por una actualización semanal escrita.
scorecard-band-aligned = Alineado
scorecard-band-aligned-meaning = Los equipos entienden los objetivos y deciden buena parte del cómo; las carencias están en compartir contexto y avanzar rápido.
scorecard-band-aligned-next = Haced explícita la ayuda entre equipos (pedir, aceptar, hecho) y revisad los resultados clave cada semana.
scorecard-band-autonomous = Autónomo
scorecard-band-autonomous-meaning = Los equipos ejecutan con rapidez y responsabilidad dentro de una estrategia clara y compartida. Mantened la estrategia breve y clara.
scorecard-band-autonomous-next = Protegedlo: olas cortas, pocos objetivos y seguid escuchando la confianza anónima.

## El resultado

scorecard-you-are = Sois: { $band }
scorecard-overall = En total, { $score } de 100. { $meaning }
scorecard-next = Siguiente paso: { $next }
scorecard-by-dimension = Por dimensión
scorecard-out-of-100 = { $score } / 100
scorecard-bars-label = Puntuaciones sobre 100: { $summary }
scorecard-spectrum-label = Posición { $position } en una escala de 0, directivo, a 100, autónomo
scorecard-even = Todas las dimensiones obtienen { $score } / 100: ninguna frena a las demás
scorecard-work-on = Trabajad primero en: { $dimensions }
scorecard-advice-for = { $dimension }:
scorecard-ask-org = Pregunta a toda tu organización
scorecard-ask-org-text = Estas son tus propias respuestas. La encuesta de Aligned Autonomy plantea las mismas afirmaciones a todo tu espacio, de forma anónima, una vez por ola.
scorecard-go-survey = Ir a la encuesta
scorecard-habit = Conviértelo en un hábito
scorecard-habit-text = Mistvine trabaja en olas cortas con objetivos claros, deja que los equipos decidan el cómo y mide la confianza de forma anónima cada semana, para que veáis crecer la alineación y la autonomía ola tras ola.
scorecard-again = Hacerla de nuevo
