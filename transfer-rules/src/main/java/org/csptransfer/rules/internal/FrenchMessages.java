package org.csptransfer.rules.internal;

import java.util.Map;

/**
 * The French messages, in the vocabulary of Microsoft's French Partner Center documentation
 * (docs/DOMAIN.md, section 11): abonnement, licence, offre, relation de revendeur, locataire,
 * transfert, plan de service, date de fin d'engagement, Espace partenaires. Written as a French CSP
 * partner would read them, not word for word. Keys missing here fall back to English.
 */
public final class FrenchMessages {

  private FrenchMessages() {}

  /**
   * Returns the templates by key.
   *
   * @return the French table
   */
  public static Map<String, String> table() {
    return Map.ofEntries(
        // Constats, par code.
        Map.entry(
            "finding.RELATIONSHIP_MISSING",
            "{customer} n'a pas de relation de revendeur avec {partner} ({partnerId}) : le"
                + " partenaire ne peut ni approvisionner ni recevoir d'abonnements pour le"
                + " locataire {tenantId}"),
        Map.entry(
            "finding.RELATIONSHIP_PENDING",
            "{customer} n'a pas encore accepté la demande de relation de revendeur de {partner}"
                + " ({partnerId}) pour le locataire {tenantId}"),
        Map.entry(
            "finding.SAME_PARTNER",
            "{source} est déjà géré par {partner} ({partnerId}) : il n'y a rien à déplacer"),
        Map.entry(
            "finding.UNSUPPORTED_MARKET",
            "Le pays du locataire, {tenantCountry}, n'appartient à aucune région CSP de la table"
                + " {regionTable} : aucun partenaire CSP ne peut le servir"),
        Map.entry(
            "finding.REGION_MISMATCH",
            "Le pays du locataire, {tenantCountry}, est dans la région {tenantRegion}, mais"
                + " {partner} ({partnerId}) n'est autorisé que pour : {authorizedRegions}"),
        Map.entry(
            "finding.TRANSFER_NOT_ELIGIBLE",
            "{source} ne peut pas être déplacé par le transfert {transfer} du {date} : {reason@reason}"),
        Map.entry(
            "finding.TRANSFER_DATE_PASSED",
            "Le transfert {transfer} est daté du {date}, avant le {asOf} : un transfert ne peut"
                + " pas avoir lieu dans le passé"),
        Map.entry(
            "finding.TRANSFER_TOO_MANY_ITEMS",
            "Le transfert {transfer} contient {count} abonnements, plus que les {maximum} qu'une"
                + " demande peut contenir"),
        Map.entry(
            "finding.TRANSFER_MIXED_PARTNERS",
            "Le transfert {transfer} contient des abonnements de plusieurs partenaires"
                + " ({partnerIds}) : une demande ne déplace que les abonnements d'un seul"
                + " partenaire"),
        Map.entry("finding.TRANSFER_SPLITS_ADDON", "{situation@splitAddon}"),
        Map.entry(
            "finding.TRANSFER_AND_REPLACEMENT",
            "{source} est déplacé par le transfert {transfer} et aussi remplacé par {targets} :"
                + " le client paierait deux fois"),
        Map.entry(
            "finding.UNKNOWN_OFFER",
            "{subscription} désigne l'offre {offerId}, absente du catalogue d'offres"),
        Map.entry(
            "finding.SOURCE_NOT_COVERED",
            "Aucun nouvel abonnement ne remplace {source} ({offerId}) et aucun transfert ne le"
                + " déplace : {assignedLicenses|son utilisateur perdrait sa licence|ses"
                + " {assignedLicenses} utilisateurs perdraient leur licence}"),
        Map.entry(
            "finding.OFFER_NOT_AVAILABLE",
            "{target} prévoit l'offre {offerId}, qui n'est plus disponible à l'achat"),
        Map.entry(
            "finding.OFFER_NOT_EQUIVALENT",
            "{target} ({toOffer}) ne comprend pas {missingServicePlans@plan} de {source}"
                + " ({fromOffer}) : les données de {users} {users|utilisateur|utilisateurs} dans"
                + " {missingServicePlans|ce service|ces services} seraient perdues"),
        Map.entry(
            "finding.ADDON_WITHOUT_BASE",
            "{target} prévoit le module complémentaire {offerId} sans aucune de ses offres de base"
                + " ({prerequisites})"),
        Map.entry(
            "finding.LICENSE_REASSIGNMENT_REQUIRED",
            "{target} fait passer {users} {users|utilisateur|utilisateurs} de {source} de"
                + " {fromOffer} à {toOffer} : leurs licences doivent être réaffectées"),
        Map.entry(
            "finding.SERVICE_PLAN_DROPPED",
            "{target} ({toOffer}) ne comprend pas {droppedServicePlans@plan} de {source}"
                + " ({fromOffer}) : {users} {users|utilisateur perd|utilisateurs perdent}"
                + " {droppedServicePlans|cette fonctionnalité|ces fonctionnalités}, sans perte de"
                + " données"),
        Map.entry(
            "finding.SOURCE_OFFER_DISCONTINUED",
            "L'offre {fromOffer} de {source} n'est plus vendue ; {target} la remplace par l'offre"
                + " équivalente {toOffer}"),
        Map.entry(
            "finding.LICENSE_SHORTFALL",
            "{targets} {targets|compte|comptent} {targetSeats} licences, mais les"
                + " {assignedLicenses} utilisateurs de {sources} en ont une : {missingSeats}"
                + " {missingSeats|perdrait la sienne|perdraient la leur}"),
        Map.entry(
            "finding.LICENSE_COUNT_CHANGED",
            "{targets} {targets|compte|comptent} {targetSeats} licences là où {sources} en"
                + " {sources|compte|comptent} {purchasedSeats} aujourd'hui ({assignedLicenses}"
                + " attribuées) : le nombre de licences change de {change}"),
        Map.entry(
            "finding.QUANTITY_OUT_OF_RANGE",
            "{target} prévoit {quantity} licences de {offerId}, hors des bornes de l'offre"
                + " ({minQuantity} à {maxQuantity})"),
        Map.entry(
            "finding.STACK_SHORTFALL",
            "{target} ({offerId}) s'ajoute à {stacksOn} avec {seats} licences pour ses"
                + " {baseSeats} utilisateurs : {missingSeats} {missingSeats|utilisateur est privé"
                + "|utilisateurs sont privés} de ses plans de service"),
        Map.entry(
            "finding.SOURCE_INACTIVE",
            "{source} est {status@status} au {asOf} : les utilisateurs ont peut-être déjà perdu"
                + " l'accès"),
        Map.entry(
            "finding.EARLY_CANCELLATION",
            "{source} est annulé le {cancelOn}, avant la fin de son engagement le {termEnd} et"
                + " sans remboursement : {forfeitedDays} jours prépayés{forfeitedValue? d'une"
                + " valeur de {forfeitedValue}} {cancellable@cancellable}"),
        Map.entry(
            "finding.AUTO_RENEWAL_ON",
            "{source} doit expirer mais se renouvelle pour un nouvel engagement le {renewsOn} si"
                + " son renouvellement automatique n'est pas désactivé ({known@autoRenewKnown}) :"
                + " le client paierait pour lui et pour son remplaçant"),
        Map.entry(
            "finding.OVERLAP_DOUBLE_BILLING",
            "{target} commence le {targetStart} alors que {source} sert les utilisateurs jusqu'au"
                + " {lastDayOfService} : {overlapDays} jours sont facturés deux fois (tolérance"
                + " {toleranceDays})"),
        Map.entry(
            "finding.SERVICE_GAP",
            "{target} commence le {targetStart}, {gapDays} jours après le dernier jour de service"
                + " de {source} ({lastDayOfService}) : les utilisateurs gardent l'accès pendant"
                + " l'expiration, dans les {graceDays} jours de grâce"),
        Map.entry(
            "finding.SERVICE_INTERRUPTION",
            "{target} commence le {targetStart}, {gapDays} jours après le dernier jour de service"
                + " de {source} ({lastDayOfService}) : interruption de service, les utilisateurs"
                + " perdent l'accès à partir du {firstDayDisabled}"),
        Map.entry(
            "finding.DATA_LOSS",
            "{target} commence le {targetStart}, {gapDays} jours après le dernier jour de service"
                + " de {source} ({lastDayOfService}) : perte de données, celles de l'abonnement"
                + " sont supprimées à partir du {firstDayDeleted}"),
        // Valeurs reprises dans les constats.
        Map.entry(
            "reason.CHANNEL",
            "il n'a pas été acheté auprès d'un partenaire CSP (canal {channel}) ; seuls les"
                + " abonnements CSP se transfèrent, les autres sont rachetés"),
        Map.entry(
            "reason.LEGACY",
            "c'est un abonnement CSP hérité (legacy), pas une nouvelle expérience commerciale"),
        Map.entry("reason.TRIAL", "c'est un essai, sans facturation à transférer"),
        Map.entry("reason.STATUS", "il est {status@status} au {asOf}, pas actif"),
        Map.entry(
            "reason.ENDED", "son engagement prend fin le {termEnd}, avant la date du transfert"),
        Map.entry(
            "reason.PENDING",
            "il fait déjà partie de la demande de transfert en cours {pendingTransfer}"),
        Map.entry(
            "splitAddon.ADDON_WITHOUT_BASE",
            "Le module complémentaire {source} est déplacé par le transfert {transfer} sans son"
                + " abonnement de base {parent}"),
        Map.entry(
            "splitAddon.BASE_WITHOUT_ADDON",
            "L'abonnement de base {parent} est déplacé par le transfert {parentTransfer} sans son"
                + " module complémentaire {source}"),
        Map.entry(
            "splitAddon.DIFFERENT_REQUESTS",
            "Le module complémentaire {source} est dans le transfert {transfer} mais sa base"
                + " {parent} est dans le transfert {parentTransfer} : un module complémentaire"
                + " suit sa base"),
        Map.entry("cancellable.true", "sont perdus"),
        Map.entry(
            "cancellable.false",
            "sont facturés quand même : après sa période d'annulation, Microsoft refuse"
                + " l'annulation et le facture jusqu'à la fin de son engagement"),
        Map.entry("autoRenewKnown.true", "il est activé"),
        Map.entry("autoRenewKnown.false", "inconnu, et activé par défaut chez Microsoft"),
        Map.entry("status.ACTIVE", "actif"),
        Map.entry("status.SUSPENDED", "suspendu"),
        Map.entry("status.EXPIRED", "expiré"),
        Map.entry("status.DISABLED", "désactivé"),
        Map.entry("status.DELETED", "supprimé"),
        Map.entry("list.none", "aucun"),
        // Notes du planificateur, par type.
        Map.entry(
            "note.HELD_BY_TARGET_PARTNER",
            "{source} est déjà géré par {partner} : rien à déplacer, laissé hors du plan"),
        Map.entry(
            "note.PARENT_LEFT_OUT",
            "{source} est un module complémentaire de {parent}, qui reste chez {partner} : il est"
                + " planifié seul"),
        Map.entry(
            "note.LET_EXPIRE_INSTEAD",
            "{source} devait être annulé le {cancelOn} : le plan le laisse plutôt expirer après le"
                + " {termEnd}"),
        Map.entry(
            "note.CANCELLING_NOW_FORFEITS",
            "annuler {source} dès maintenant ({asOf}) ferait perdre {forfeitedDays} jours prépayés"
                + " d'une valeur de {forfeitedValue}"),
        Map.entry("note.INACTIVE_LEFT_TO_LAPSE", "{source} est {status@status} : laissé expirer"),
        Map.entry(
            "note.UNUSED_LEFT_TO_LAPSE", "{source} n'a aucune licence attribuée : laissé expirer"),
        Map.entry(
            "note.OFFER_NOT_IN_CATALOG",
            "{source} ne peut pas être déplacé sans risque : son offre {offerId} est absente du"
                + " catalogue d'offres"),
        Map.entry(
            "note.NO_REPLACEMENT",
            "{source} ne peut pas être déplacé sans risque : aucune offre en vente ne conserve les"
                + " données de {offerId}, seule ou avec une autre qui s'y ajoute"),
        Map.entry(
            "note.SUCCESSOR_CHOSEN",
            "{source} : {fromOffer} n'est plus vendue ; {toOffer} est son offre de remplacement"
                + " déclarée : les licences des utilisateurs doivent être réaffectées"),
        Map.entry(
            "note.EQUIVALENT_CHOSEN",
            "{source} : {fromOffer} n'est plus vendue ; {toOffer} conserve tous ses plans de"
                + " service avec le moins de plans en plus : les licences des utilisateurs"
                + " doivent être réaffectées"),
        Map.entry(
            "note.FEATURES_DROPPED",
            "{source} : aucune offre en vente ne conserve tous les plans de {fromOffer} ;"
                + " {toOffer} conserve ses données mais perd {droppedServicePlans@plan} : les"
                + " licences des utilisateurs doivent être réaffectées"),
        Map.entry(
            "note.STACKED_REPLACEMENT",
            "{source} : aucune offre en vente ne conserve seule les données de {fromOffer} ;"
                + " {toOffer}, complétée par {stackedOffer} pour les mêmes utilisateurs, les"
                + " conserve"),
        Map.entry(
            "note.MINIMUM_RAISED",
            "{offerId} se vend par {minimum} licences au moins : {seats} porté au minimum"),
        Map.entry(
            "note.SPLIT",
            "{seats} licences de {offerId} dépassent son maximum de {maximum} par abonnement :"
                + " réparties sur {count} abonnements"),
        Map.entry(
            "note.TOO_MANY_TARGETS",
            "{sources} demanderai{sources|t|ent} {count} abonnements de {offerId}, plus que les"
                + " {limit} qu'un plan peut proposer : non planifié"),
        Map.entry(
            "note.TRANSFERRED",
            "{sources} {sources|passe|passent} du partenaire {partnerId} par le transfert"
                + " {transfer} le {date} : même offre, mêmes licences, même fin d'engagement,"
                + " aucune réaffectation"),
        Map.entry(
            "note.NOT_TRANSFERABLE",
            "{source} ne peut pas être transféré, {reason@reason} : il est racheté"),
        Map.entry(
            "note.FAMILY_NOT_TRANSFERABLE",
            "{source} est racheté : il se déplace avec {family}, et tous ne peuvent pas être"
                + " transférés"),
        Map.entry(
            "note.FAMILY_TOO_LARGE",
            "{source} et {family} forment {count} abonnements qui se déplacent ensemble, plus que"
                + " les {maximum} qu'une demande de transfert peut contenir : rachetés"),
        // Notes d'une importation de locataire, par type.
        Map.entry(
            "import.SEATS_SHARED",
            "{sku} : Graph compte {assigned} licences attribuées pour la référence (SKU), pas par"
                + " abonnement ; réparties sur ses {subscriptions} abonnements, les actifs"
                + " d'abord, puis ceux qui finissent le plus tard : {shares}"),
        Map.entry(
            "import.SEATS_BEYOND_TOTAL",
            "{sku} : {assigned} licences sont attribuées mais ses abonnements en comptent"
                + " {total} ; les {excess} en trop ne sont pas comptées"),
        Map.entry(
            "import.SKU_NOT_SUBSCRIBED",
            "{sku} est absent de subscribedSkus : {sources} ne {sources|compte|comptent} aucune"
                + " licence attribuée"),
        Map.entry(
            "import.PLANS_FROM_REFERENCE",
            "{sku} est absent de subscribedSkus : ses plans de service sont ceux de la référence"
                + " des SKU de Microsoft"),
        Map.entry(
            "import.NO_SERVICE_PLANS",
            "{sku} n'est ni dans subscribedSkus ni dans la référence des SKU : son offre n'a aucun"
                + " plan de service"),
        Map.entry(
            "import.CHANNEL_UNKNOWN",
            "{sources} {sources|n'a|n'ont} pas été acheté{sources||s} auprès d'un partenaire CSP"
                + " d'après Graph (aucun ownerTenantId d'un autre locataire) : canal OTHER, car"
                + " Graph ne distingue pas achat direct, Contrat Entreprise et Open"),
        Map.entry(
            "import.PARTNER_CENTER_UNMATCHED",
            "L'abonnement {subscription} de l'Espace partenaires ne correspond à aucun abonnement"
                + " Graph : ignoré"),
        Map.entry(
            "import.PARTNER_CENTER_STATUS_KEPT",
            "{source} : l'état « {status} » de l'Espace partenaires n'a pas d'équivalent ; l'état"
                + " Graph ({kept@status}) est conservé"),
        Map.entry(
            "import.TERM_END_DERIVED",
            "{source} : le statut Graph {status} passe à l'état suivant le {nextLifecycle} ; son"
                + " engagement a pris fin {days} jours plus tôt, le {termEnd}"),
        Map.entry(
            "import.COMMITMENT_END_IGNORED",
            "{source} : la date commitmentEndDate {date} de l'Espace partenaires n'est pas une"
                + " vraie date (un abonnement qui ne se renouvelle pas) ; la date de Graph est"
                + " conservée"),
        Map.entry(
            "import.PARTNER_TENANT_UNKNOWN",
            "{sources} {sources|est détenu|sont détenus} par un partenaire CSP désigné par son"
                + " locataire ; sans --partner-tenant, l'import ne peut pas dire s'il s'agit déjà"
                + " du nouveau partenaire"),
        Map.entry(
            "import.SKU_WITHOUT_SUBSCRIPTION",
            "{sku} : {assigned} {assigned|utilisateur détient|utilisateurs détiennent} une licence mais aucun abonnement du locataire ne la vend : non repris"),
        Map.entry(
            "import.SKU_REPEATED",
            "{sku} apparaît plusieurs fois dans subscribedSkus : ses {assigned} licences attribuées sont comptées ensemble"),
        Map.entry(
            "import.TENANT_WIDE_SKU",
            "{sku} s'applique à tout le locataire, pas aux utilisateurs : toutes les licences de"
                + " {sources} comptent comme utilisées"),
        Map.entry(
            "import.PARENT_CYCLE",
            "{source} : son parent {parent} y ramène par {length} liens de parenté ; le lien de"
                + " {source} est abandonné"),
        Map.entry(
            "import.PARENT_UNKNOWN",
            "{source} : son abonnement parent {parent} ne fait pas partie des abonnements ; le"
                + " lien est abandonné"),
        // Textes des rapports et des portefeuilles.
        Map.entry("report.title", "Vérification de la transition"),
        Map.entry(
            "report.header",
            "{customer} ({country}, locataire {tenantId}) vers {partner} ({partnerId}), au {asOf}"),
        Map.entry("report.proposedPlan", "plan proposé"),
        Map.entry("report.findings", "Constats"),
        Map.entry("report.actions", "Actions requises"),
        Map.entry("report.steps", "Étapes"),
        Map.entry("report.firstStep", "d'abord"),
        Map.entry("verdict.APPROVED", "APPROUVÉ"),
        Map.entry("verdict.APPROVED_WITH_ACTIONS", "APPROUVÉ AVEC ACTIONS"),
        Map.entry("verdict.REJECTED", "REJETÉ"),
        Map.entry("severity.ERROR", "ERREUR"),
        Map.entry("severity.WARNING", "AVERTISSEMENT"),
        Map.entry("severity.INFO", "INFO"),
        Map.entry(
            "report.checked",
            "{count} {count|scénario vérifié|scénarios vérifiés} : {approved} {approved|approuvé|approuvés}, {withActions} {withActions|approuvé|approuvés} avec actions, {rejected} {rejected|rejeté|rejetés}, {errors} {errors|illisible|illisibles}"),
        Map.entry("calendar.nothingToDo", "Rien à faire : le plan n'a aucune étape"),
        Map.entry(
            "calendar.description",
            "Scénario : {scenario}\nClient : {customer} (locataire {tenantId}){currentPartner?\nPartenaire actuel : {currentPartner}}"),
        Map.entry("report.stepDate", "Date"),
        Map.entry("report.stepActor", "Qui"),
        Map.entry("report.stepWhat", "Quoi"),
        Map.entry("report.legend.stacked", "ajouté à un autre"),
        Map.entry("report.legend.step", "étape du plan d'exécution"),
        Map.entry("report.timeline", "Chronologie"),
        Map.entry("report.none", "néant"),
        Map.entry("report.noSources", "aucun abonnement actuel"),
        Map.entry("report.proposedTargets", "Nouveaux abonnements proposés"),
        Map.entry("report.proposedTransfers", "Transferts proposés"),
        Map.entry("report.dispositions", "Sort des abonnements actuels"),
        Map.entry("report.notes", "Remarques"),
        Map.entry(
            "report.target",
            "{offerId}, {quantity} {quantity|licence|licences} à partir du {start}, remplace {replaces}"),
        Map.entry(
            "report.stackedTarget",
            "{offerId}, {quantity} {quantity|licence|licences} à partir du {start}, s'ajoute à {stacksOn}"),
        Map.entry("report.transfer", "le {date} : {sources}"),
        Map.entry(
            "report.source",
            "{offerId}, {quantity} {quantity|licence|licences} ({assigned} {assigned|attribuée|attribuées})"),
        Map.entry("report.expires", "expire après le {lastDayOfService}"),
        Map.entry("report.cancelled", "annulé le {firstDayWithoutService}"),
        Map.entry(
            "report.ending",
            "{why} : plus d'accès à partir du {firstDayDisabled}, données supprimées à partir du {firstDayDeleted}"),
        Map.entry("report.forfeited", "{days} jours prépayés perdus{value? ({value})}"),
        Map.entry(
            "report.gap",
            "{target} commence le {start} : interruption de {days} {days|jour|jours}"),
        Map.entry(
            "report.overlap",
            "{target} commence le {start} : chevauchement de {days} {days|jour|jours}"),
        Map.entry(
            "report.adjacent", "{target} commence le {start} : ni interruption ni chevauchement"),
        Map.entry("report.stacked", "{target} commence le {start}, s'ajoute à {stacksOn}"),
        Map.entry("report.noTarget", "remplacé par aucun nouvel abonnement"),
        Map.entry(
            "report.transferred",
            "transféré par {transfer} le {date} : le même abonnement, facturé par le nouveau partenaire à partir de ce jour, {days} {days|jour|jours} jusqu'à la fin de son engagement{value? ({value})}"),
        Map.entry(
            "report.legend",
            "█ service  ▒ expiré : accès conservé  ░ désactivé : plus d'accès  · supprimé  ◆ transfert"),
        Map.entry("report.legend.service", "service"),
        Map.entry("report.legend.expired", "expiré : accès conservé"),
        Map.entry("report.legend.disabled", "désactivé : plus d'accès, données conservées"),
        Map.entry("report.legend.deleted", "supprimé"),
        Map.entry("report.legend.target", "nouvel abonnement"),
        Map.entry("report.legend.transfer", "transfert"),
        Map.entry("report.legend.asOf", "date de référence"),
        Map.entry("report.summary", "Synthèse"),
        Map.entry("report.scenario", "Scénario"),
        Map.entry("report.verdict", "Décision"),
        Map.entry("report.customer", "Client"),
        Map.entry("report.findingCount", "Constats"),
        Map.entry("report.actionCount", "Actions"),
        Map.entry("report.chart", "Chronologie des abonnements de {customer}"),
        Map.entry(
            "report.generated",
            "{count} {count|scénario vérifié|scénarios vérifiés} au {asOf} par csp-transfer {version}"),
        Map.entry(
            "report.generatedRange",
            "{count} {count|scénario vérifié|scénarios vérifiés} à des dates du {from} au {to} par csp-transfer {version}"),
        Map.entry("report.unreadable", "Illisible"),
        Map.entry(
            "book.summary",
            "{lines} {lines|ligne|lignes} : {approved} {approved|approuvé|approuvés}, {withActions} {withActions|approuvé|approuvés} avec actions, {rejected} {rejected|refusé|refusés}, {errors} {errors|illisible|illisibles}"),
        Map.entry("book.codes", "codes les plus fréquents : {codes}"),
        Map.entry("book.forfeited", "valeur perdue : {amounts}"),
        Map.entry(
            "book.progress",
            "{done} {done|ligne|lignes}, {rate} par seconde{left? , reste {left}}"),
        // Actions, par type.
        Map.entry(
            "action.REQUEST_RELATIONSHIP",
            "Envoyer au locataire {tenantId} une demande de relation de revendeur du partenaire"
                + " {partnerId}"),
        Map.entry(
            "action.AWAIT_ACCEPTANCE",
            "Attendre que le locataire {tenantId} accepte la demande de relation de revendeur du"
                + " partenaire {partnerId} avant d'approvisionner ou de transférer"),
        Map.entry(
            "action.REASSIGN_LICENSES",
            "Réaffecter {users} {users|utilisateur|utilisateurs} de {fromOffer} ({source}) à"
                + " {toOffer} ({target})"),
        Map.entry(
            "action.LET_EXPIRE",
            "Laisser {source} expirer après le {termEnd} au lieu de l'annuler ({forfeitedDays}"
                + " jours prépayés seraient perdus), renouvellement automatique désactivé"),
        Map.entry(
            "action.RESCHEDULE_START",
            "Faire commencer {target} le {recommended} au lieu du {start}"),
        Map.entry(
            "action.CHANGE_OFFER",
            "Prévoir {target} sur {candidates|{candidates}|l'une des offres {candidates}} au lieu"
                + " de {offerId}"),
        Map.entry(
            "action.PLAN_REPLACEMENT",
            "Prévoir un nouvel abonnement pour {source} sur {candidates|{candidates}|l'une des"
                + " offres {candidates}}"),
        Map.entry("action.CHANGE_QUANTITY", "Passer {target} de {from} à {to} licences"),
        Map.entry(
            "action.SPLIT_TARGET",
            "Répartir {target} sur {count} abonnements, {seats} licences en tout, {most} au plus"
                + " chacun"),
        Map.entry(
            "action.ADD_TARGETS",
            "Ajouter {count} {count|abonnement|abonnements} de {offerId} à partir du {start} pour"
                + " remplacer {replaces}, {seats} licences en tout, {most} au plus chacun"),
        Map.entry(
            "action.SPLIT_TRANSFER",
            "Scinder le transfert {transfer} ({items} abonnements) en {requests} demandes de"
                + " {maximum} au plus, chaque module complémentaire avec sa base"),
        Map.entry(
            "action.RESCHEDULE_TRANSFER",
            "Dater le transfert {transfer} du {recommended} au lieu du {date}"),
        Map.entry(
            "action.TURN_OFF_AUTO_RENEW",
            "Désactiver le renouvellement automatique de {source} au plus tard le {lastDay}, pour"
                + " qu'il expire au lieu de se renouveler"),
        // Étapes du plan d'exécution, par type.
        Map.entry(
            "step.REQUEST_RELATIONSHIP",
            "Envoyer à {customer} (locataire {tenantId}) une demande de relation de revendeur de"
                + " {partner} ({partnerId})"),
        Map.entry(
            "step.ACCEPT_RELATIONSHIP",
            "Accepter la demande de relation de revendeur de {partner} ({partnerId}) dans le"
                + " centre d'administration Microsoft 365"),
        Map.entry(
            "step.CREATE_TRANSFER",
            "Créer la demande de transfert {transfer} dans l'Espace partenaires pour le {date}"),
        Map.entry(
            "step.SUBMIT_TRANSFER",
            "Sélectionner {sources} dans la demande de transfert {transfer} et la soumettre"),
        Map.entry(
            "step.BUY",
            "Acheter {target} : {quantity} {quantity|licence|licences} de {offer} à partir du"
                + " {start}"),
        Map.entry(
            "step.REASSIGN_LICENSES",
            "Réaffecter les licences {users|de l'utilisateur|des {users} utilisateurs} de {source}"
                + " de {fromOffer} à {toOffers} ({targets})"),
        Map.entry(
            "step.ASSIGN_LICENSES", "Attribuer {target} ({offer}) aux utilisateurs de {stacksOn}"),
        Map.entry(
            "step.TURN_OFF_AUTO_RENEW",
            "Désactiver le renouvellement automatique de {source} au plus tard le {lastDay}, sinon"
                + " il se renouvelle le {renewsOn}"),
        Map.entry("step.CANCEL", "Annuler {source} le {cancelOn}"),
        Map.entry("actor.NEW_PARTNER", "nouveau partenaire"),
        Map.entry("actor.CURRENT_PARTNER", "partenaire actuel"),
        Map.entry("actor.CUSTOMER", "client"));
  }
}
