## Les vagues : la liste, en planifier une, la page d'une vague
waves-title = Vagues
waves-none = Pas encore de vagues. Une vague est un cycle de 2 à 6 semaines avec quelques objectifs sur lesquels tout le monde s'aligne.
waves-current = En cours
waves-planned = Planifiées
waves-past = Vagues passées
waves-plan = Planifier une vague
waves-name = Nom
waves-name-hint = p. ex. T3 vague 1
waves-first-day = Premier jour
waves-last-day = Dernier jour
waves-last-day-hint = 2 à 6 semaines après le premier jour
waves-plan-submit = Planifier la vague
wave-state-planned = Planifiée
wave-state-active = Active
wave-state-reflecting = En réflexion
wave-state-closed = Clôturée
wave-clock-starts = commence dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, dure { $total } jours
wave-clock-day = jour { $day } sur { $total }, { $left ->
        [one] { $left } jour restant
       *[other] { $left } jours restants
    }
wave-clock-ended = terminée : les { $total } jours sont derrière nous
wave-start = Lancer la vague
wave-end = Terminer la vague et réfléchir
wave-close = Clôturer la vague
wave-end-warning = Terminer la vague arrête ses votes, ses points et ses nouveaux objectifs, et ouvre la réflexion pour chaque équipe. C'est irréversible.
wave-close-warning = Clôturer la vague met fin à la réflexion : réflexions et notes ne peuvent plus changer. C'est irréversible.
wave-no-objectives = Pas encore d'objectifs. Les responsables fixent un ou quelques objectifs ; les équipes y alignent ensuite les leurs.
wave-new-objective = Nouvel objectif de vague
wave-why-hint = Les équipes s'alignent sur le pourquoi : dites ce qui change pour les clients ou l'entreprise.
wave-owner-optional = Responsable (facultatif)
