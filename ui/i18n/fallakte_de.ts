<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Keep them as a draft to finish later (under Today → Drafts), or discard them?</source>
        <translation>Dieses Formular enthält Änderungen, die noch nicht gespeichert sind. Als Entwurf behalten, um später weiterzumachen (unter Heute → Entwürfe), oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>German name</source>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Englischer Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>reception centre</source>
        <translation>Aufnahmeeinrichtung</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>Kommune</translation>
    </message>
</context>
<context>
    <name>AdminExports</name>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>A cover sheet and one sheet per indicator, with charts</source>
        <translation>Deckblatt und ein Blatt je Indikator, mit Diagrammen</translation>
    </message>
    <message>
        <source>PDF s&amp;ummary…</source>
        <translation>PDF-Z&amp;usammenfassung…</translation>
    </message>
    <message>
        <source>Totals, charts and breakdowns to print or send</source>
        <translation>Summen, Diagramme und Aufschlüsselungen zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>&amp;CSV table…</source>
        <translation>&amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <source>Every count in one long table</source>
        <translation>Alle Zahlen in einer langen Tabelle</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Machine-readable, for further processing</source>
        <translation>Maschinenlesbar, zur Weiterverarbeitung</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>&amp;Referenzdaten</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Beric&amp;hte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Zugang ent&amp;ziehen…</translation>
    </message>
    <message>
        <source>Loading the device list from the server…</source>
        <translation>Die Geräteliste wird vom Server geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled with the server.</source>
        <translation>
            <numerusform>%n Gerät ist beim Server registriert.</numerusform>
            <numerusform>%n Geräte sind beim Server registriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the device list needs the server. Try again when this computer is connected.</source>
        <translation>Offline: Für die Geräteliste wird der Server benötigt. Bitte versuchen Sie es erneut, sobald dieser Computer verbunden ist.</translation>
    </message>
    <message>
        <source>This device is not connected to a server, so there is no device list.</source>
        <translation>Dieses Gerät ist mit keinem Server verbunden, daher gibt es keine Geräteliste.</translation>
    </message>
    <message>
        <source>The server could not do that: {0}</source>
        <translation>Der Server konnte das nicht ausführen: {0}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>“{0}” is revoked; it will be refused from its next connection on.</source>
        <translation>„{0}“ wurde der Zugang entzogen; ab der nächsten Verbindung wird es abgewiesen.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>Code oder Name</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <source>Reference data comes with Fallakte and is updated with new releases.</source>
        <translation>Die Referenzdaten werden mit Fallakte ausgeliefert und mit neuen Versionen aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Possible dupli&amp;cates</source>
        <translation>Mögliche &amp;Doppel</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}, überfällig</translation>
    </message>
    <message>
        <source>Overdue since {0}</source>
        <translation>Überfällig seit {0}</translation>
    </message>
    <message>
        <source>(case not yet here)</source>
        <translation>(Fall noch nicht auf diesem Gerät)</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation>Geplante Ausreise</translation>
    </message>
    <message>
        <source>Actual departure</source>
        <translation>Tatsächliche Ausreise</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Förderprogramm</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on</source>
        <translation>&amp;Eingereicht am</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>En&amp;tscheidung</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Entschie&amp;den am</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>P&amp;lanned departure</source>
        <translation>&amp;Geplante Ausreise</translation>
    </message>
    <message>
        <source>Ac&amp;tual departure</source>
        <translation>Tatsächliche A&amp;usreise</translation>
    </message>
    <message>
        <source>Desti&amp;nation country</source>
        <translation>&amp;Zielland</translation>
    </message>
    <message>
        <source>T&amp;ravel documents</source>
        <translation>&amp;Reisedokumente</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Application – {0}</source>
        <translation>Antrag – {0}</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Bitte geben Sie das Datum der Entscheidung ein.</translation>
    </message>
    <message>
        <source>A pending application has no decision date.</source>
        <translation>Ein Antrag mit ausstehender Entscheidung hat kein Entscheidungsdatum.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation>Die Entscheidung kann nicht vor der Antragstellung liegen.</translation>
    </message>
</context>
<context>
    <name>ApplicationsSection</name>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Departure planned</source>
        <translation>Ausreise geplant</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ausgereist</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Reisedokumente</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Ne&amp;w application…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>Ausgewählten Antrag bearbeiten (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>{0} B</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <source>Opens a decrypted copy; it is removed when you leave this person or lock</source>
        <translation>Öffnet eine entschlüsselte Kopie; sie wird entfernt, wenn Sie diese Person verlassen oder Fallakte sperren</translation>
    </message>
    <message>
        <source>Add a file to this person</source>
        <translation>Datei zu dieser Person hinzufügen</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans und Dokumente (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Adding {0}…</source>
        <translation>{0} wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation>{0} wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <source>The file could not be written to the temporary folder.</source>
        <translation>Die Datei konnte nicht in den temporären Ordner geschrieben werden.</translation>
    </message>
    <message>
        <source>No program is set up to open {0}.</source>
        <translation>Es ist kein Programm eingerichtet, das {0} öffnen kann.</translation>
    </message>
    <message>
        <source>{0} opened; the decrypted copy is removed when you leave.</source>
        <translation>{0} wurde geöffnet; die entschlüsselte Kopie wird entfernt, wenn Sie die Person verlassen.</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>vulnerability assessment</source>
        <translation>Vulnerabilitätseinschätzung</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>CaseFollowUps</name>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Wiederv&amp;orlagen</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-ups of the selected case</source>
        <translation>Wiedervorlagen des ausgewählten Falls</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today</source>
        <translation>Die ausgewählte Wiedervorlage mit heutigem Datum als erledigt markieren</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Neue W&amp;iedervorlage…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today (Space or Ctrl+D)</source>
        <translation>Die ausgewählte Wiedervorlage mit heutigem Datum als erledigt markieren (Leertaste oder Strg+D)</translation>
    </message>
    <message>
        <source>Don&amp;e with note…</source>
        <translation>Erledigt mit Noti&amp;z…</translation>
    </message>
    <message>
        <source>Mark as done with a note of what came of it (Ctrl+Shift+D)</source>
        <translation>Als erledigt markieren, mit einer Notiz zum Ergebnis (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation>&amp;Übergeben…</translation>
    </message>
    <message>
        <source>Hand the follow-up to a colleague</source>
        <translation>Die Wiedervorlage einer Kollegin oder einem Kollegen übergeben</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>CaseRecordsSection</name>
    <message>
        <source>For case {0}</source>
        <translation>Für Fall {0}</translation>
    </message>
    <message>
        <source>The household has no case yet</source>
        <translation>Der Haushalt hat noch keinen Fall</translation>
    </message>
</context>
<context>
    <name>CaseStatusDialog</name>
    <message>
        <source>Change case status</source>
        <translation>Fallstatus ändern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>(Ausgang wählen)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Neuer Status</translation>
    </message>
    <message>
        <source>&amp;Date of change</source>
        <translation>&amp;Datum der Änderung</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>A&amp;usgang</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <source>Change status – {0}</source>
        <translation>Status ändern – {0}</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} seit {1}</translation>
    </message>
    <message>
        <source>The case could not be opened: {0}</source>
        <translation>Der Fall konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation>Bitte wählen Sie den Ausgang des Falls.</translation>
    </message>
    <message>
        <source>The status could not be changed (internal error).</source>
        <translation>Der Status konnte nicht geändert werden (interner Fehler).</translation>
    </message>
    <message>
        <source>Change status (Ctrl+S)</source>
        <translation>Status ändern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive Fälle</translation>
    </message>
    <message>
        <source>Paused cases</source>
        <translation>Pausierte Fälle</translation>
    </message>
    <message>
        <source>Closed or withdrawn cases</source>
        <translation>Abgeschlossene oder zurückgezogene Fälle</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;My cases only</source>
        <translation>Nur &amp;meine Fälle</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <source>New &amp;consultation…</source>
        <translation>Neues &amp;Beratungsgespräch…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>S&amp;tatus ändern…</translation>
    </message>
    <message>
        <source>Cases: {0}</source>
        <translation>Fälle: {0}</translation>
    </message>
    <message>
        <source>The cases could not be read: {0}</source>
        <translation>Die Fälle konnten nicht gelesen werden: {0}</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>New consu&amp;ltation…</source>
        <translation>Neues Be&amp;ratungsgespräch…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Status än&amp;dern…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall eröff&amp;nen</translation>
    </message>
    <message>
        <source>Open a case for this household</source>
        <translation>Einen Fall für diesen Haushalt eröffnen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>Set the person&apos;s site first (Edit).</source>
        <translation>Bitte legen Sie zuerst den Standort der Person fest (Bearbeiten).</translation>
    </message>
    <message>
        <source>Found us via</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Case de&amp;tails…</source>
        <translation>Falld&amp;aten…</translation>
    </message>
    <message>
        <source>How the person found the service</source>
        <translation>Wie die Person zur Beratung kam</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>Fall eröff&amp;nen…</translation>
    </message>
    <message>
        <source>Open a case for this household; asks how the person found the service</source>
        <translation>Einen Fall für diesen Haushalt eröffnen; fragt, wie die Person zur Beratung kam</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Type to add…</source>
        <translation>Zum Hinzufügen tippen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratungsgespräch</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilität</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>name of the household</source>
        <translation>Bezeichnung des Haushalts</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>date of birth estimated</source>
        <translation>Geburtsdatum geschätzt</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>country of return</source>
        <translation>Rückkehrland</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>Dolmetscher/-in benötigt</translation>
    </message>
    <message>
        <source>residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>authority file number</source>
        <translation>Aktenzeichen der Ausländerbehörde</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>main contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Gesprächsform</translation>
    </message>
    <message>
        <source>interpreter language</source>
        <translation>Dolmetschsprache</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>Dolmetschung</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>kind of partner</source>
        <translation>Art des Partners</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>referred on</source>
        <translation>Weiterverwiesen am</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>Eingereicht am</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>planned departure</source>
        <translation>Geplante Ausreise</translation>
    </message>
    <message>
        <source>actual departure</source>
        <translation>Tatsächliche Ausreise</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>Reisedokumente</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>Eingeschätzt von</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>form version</source>
        <translation>Formularversion</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>{0}, on this device</source>
        <translation>{0}, auf diesem Gerät</translation>
    </message>
    <message>
        <source>{0}, on another device ({1})</source>
        <translation>{0}, auf einem anderen Gerät ({1})</translation>
    </message>
    <message>
        <source>{0}, by the server (erasure or retention)</source>
        <translation>{0}, vom Server (Löschung oder Aufbewahrungsfrist)</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>Ergebnisnotiz</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Wert</translation>
    </message>
    <message>
        <source>Lost edit made</source>
        <translation>Verlorene Änderung</translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation>(nicht mehr auf diesem Gerät)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>When the same field was changed on two devices, the later change wins and the other value is kept here. Keep the current value, or restore the lost one.</source>
        <translation>Wurde dasselbe Feld auf zwei Geräten geändert, gilt die spätere Änderung; der andere Wert wird hier aufbewahrt. Behalten Sie den aktuellen Wert oder stellen Sie den verlorenen wieder her.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Wert</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>Aktuellen Wert &amp;behalten</translation>
    </message>
    <message>
        <source>The current value stays; the lost value is discarded</source>
        <translation>Der aktuelle Wert bleibt; der verlorene Wert wird verworfen</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>Diesen Wert &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The lost value becomes current again and is synchronised to the team</source>
        <translation>Der verlorene Wert wird wieder aktuell und mit dem Team synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz öff&amp;nen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation>(nicht mehr auf diesem Gerät)</translation>
    </message>
    <message>
        <source>{0} “{1}”, field “{2}”</source>
        <translation>{0} „{1}“, Feld „{2}“</translation>
    </message>
    <message>
        <source>That did not work because of an internal error.</source>
        <translation>Das hat wegen eines internen Fehlers nicht funktioniert.</translation>
    </message>
    <message>
        <source>“{0}” was merged twice, into two different records. The first merge stands: everything recorded for it belongs to the current one. The two are probably one as well: check them under Admin › Possible duplicates and merge them there.</source>
        <translation>„{0}“ wurde zweimal zusammengeführt, in zwei verschiedene Datensätze. Die erste Zusammenführung gilt: Alles, was dazu erfasst ist, gehört zum aktuellen. Wahrscheinlich sind auch diese beiden ein und dieselbe Person oder Familie: Prüfen Sie sie unter Verwaltung › Mögliche Doppel und führen Sie sie dort zusammen.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Needed for sharing with a partner</source>
        <translation>Erforderlich für die Weitergabe an einen Partner</translation>
    </message>
    <message>
        <source>e.g. 2025-01</source>
        <translation>z. B. 2025-01</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <source>&amp;Form version:</source>
        <translation>&amp;Formularversion:</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Recor&amp;d consent…</source>
        <translation>Einwilligung e&amp;rfassen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Wi&amp;derrufen</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>WITHDRAWN on {0}</source>
        <translation>WIDERRUFEN am {0}</translation>
    </message>
    <message>
        <source>Record that the consent to &quot;{0}&quot; was withdrawn today?</source>
        <translation>Vermerken, dass die Einwilligung zu „{0}“ heute widerrufen wurde?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>(no interpreter)</source>
        <translation>(ohne Dolmetschung)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Gesprächsform</translation>
    </message>
    <message>
        <source>&amp;Interpreter language</source>
        <translation>D&amp;olmetschsprache</translation>
    </message>
    <message>
        <source>Interpreter &amp;attends</source>
        <translation>Art der Dol&amp;metschung</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <source>Du&amp;e on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Aufga&amp;be</translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Nächste Sch&amp;ritte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Edit consultation – {0}</source>
        <translation>Beratungsgespräch bearbeiten – {0}</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Beratungsgespräch bearbeiten</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratungsgespräch</translation>
    </message>
    <message>
        <source>Consultation – {0}</source>
        <translation>Beratungsgespräch – {0}</translation>
    </message>
    <message>
        <source>The case could not be opened: {0}</source>
        <translation>Der Fall konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>Enter how many minutes it took.</source>
        <translation>Bitte geben Sie die Dauer in Minuten ein.</translation>
    </message>
    <message>
        <source>Choose the language of the interpreter.</source>
        <translation>Bitte wählen Sie die Sprache der Dolmetschung.</translation>
    </message>
    <message>
        <source>The consultation could not be saved (internal error). Your input is kept.</source>
        <translation>Das Beratungsgespräch konnte nicht gespeichert werden (interner Fehler). Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>Berat&amp;er/-in</translation>
    </message>
</context>
<context>
    <name>ConsultationsSection</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Gesprächsform</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungsgespräche</translation>
    </message>
    <message>
        <source>Notes of the selected consultation</source>
        <translation>Notizen zum ausgewählten Beratungsgespräch</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected consultation (Enter)</source>
        <translation>Ausgewähltes Beratungsgespräch bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <source>Device removed and data erased</source>
        <translation>Gerät entfernt und Daten gelöscht</translation>
    </message>
    <message>
        <source>&amp;Fallakte</source>
        <translation>&amp;Fallakte</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fallakte</source>
        <translation>Ü&amp;ber Fallakte</translation>
    </message>
    <message>
        <source>About Fallakte</source>
        <translation>Über Fallakte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fallakte {0}&lt;/b&gt;&lt;br&gt;Case files for return and reintegration counselling, encrypted on this device and synchronised with your team&apos;s server.</source>
        <translation>&lt;b&gt;Fallakte {0}&lt;/b&gt;&lt;br&gt;Fallakten für die Rückkehr- und Reintegrationsberatung – verschlüsselt auf diesem Gerät und mit dem Server Ihres Teams synchronisiert.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The password was changed. Use the new one from the next unlock on.</source>
        <translation>Das Passwort wurde geändert. Ab dem nächsten Entsperren gilt das neue.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Fallakte. Your saved data is safe. Please send the details below to your IT support; they contain no personal data.</source>
        <translation>In Fallakte ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind sicher. Bitte senden Sie die folgenden Details an Ihren IT-Support; sie enthalten keine personenbezogenen Daten.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>Zugang entzogen</translation>
    </message>
    <message>
        <source>revoked, data erased</source>
        <translation>Zugang entzogen, Daten gelöscht</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer/-in</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt verbunden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (dieses Gerät)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation>Benutzer/-in sperren</translation>
    </message>
    <message>
        <source>Disable {0}? They can no longer enrol a device, and each of their devices ({1} active) is refused from its next connection on; changes those devices have not synchronised yet are lost to the team.</source>
        <translation>{0} sperren? Die Person kann kein Gerät mehr anmelden, und jedes ihrer Geräte ({1} aktiv) wird ab der nächsten Verbindung abgewiesen; noch nicht synchronisierte Änderungen dieser Geräte gehen für das Team verloren.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>shown on their devices, e.g. left the service</source>
        <translation>wird auf ihren Geräten angezeigt, z. B. aus dem Dienst ausgeschieden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Wipe the data on their devices</source>
        <translation>Daten auf ihren Geräten &amp;löschen</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Sperren</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Fallakte</source>
        <translation>Fallakte einrichten</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Aufga&amp;be</translation>
    </message>
    <message>
        <source>Du&amp;e on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The follow-up could not be saved (internal error).</source>
        <translation>Die Wiedervorlage konnte nicht gespeichert werden (interner Fehler).</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Meine Wiedervorlagen</translation>
    </message>
    <message>
        <source>Everyone&apos;s follow-ups</source>
        <translation>Alle Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>the next {0} days</source>
        <translation>der nächsten {0} Tage</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Fällig &amp;innerhalb</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the follow-up as done (Space or Ctrl+D)</source>
        <translation>Wiedervorlage als erledigt markieren (Leertaste oder Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall öff&amp;nen</translation>
    </message>
    <message>
        <source>Open the case (Enter)</source>
        <translation>Fall öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>{0} overdue, {1} upcoming</source>
        <translation>{0} überfällig, {1} anstehend</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: {0}</source>
        <translation>Die Wiedervorlagen konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The follow-up could not be marked as done: {0}</source>
        <translation>Die Wiedervorlage konnte nicht als erledigt markiert werden: {0}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>Done with &amp;note…</source>
        <translation>Erledigt mit No&amp;tiz…</translation>
    </message>
    <message>
        <source>Mark as done with a note of what came of it (Ctrl+Shift+D)</source>
        <translation>Als erledigt markieren, mit einer Notiz zum Ergebnis (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Übergeben…</translation>
    </message>
    <message>
        <source>Hand the follow-up to a colleague</source>
        <translation>Die Wiedervorlage einer Kollegin oder einem Kollegen übergeben</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: {0}</source>
        <translation>Die Wiedervorlage konnte nicht geändert werden: {0}</translation>
    </message>
</context>
<context>
    <name>HouseholdChoice</name>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>&amp;Neuer Haushalt</translation>
    </message>
    <message>
        <source>No &amp;household</source>
        <translation>K&amp;ein Haushalt</translation>
    </message>
    <message>
        <source>Label of the new household</source>
        <translation>Bezeichnung des neuen Haushalts</translation>
    </message>
    <message>
        <source>e.g. the family name</source>
        <translation>z. B. der Familienname</translation>
    </message>
    <message>
        <source>&amp;Existing household: {0}</source>
        <translation>Bestehender &amp;Haushalt: {0}</translation>
    </message>
    <message>
        <source>&amp;Join a household…</source>
        <translation>Haushalt aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Find an existing household by its label or a member</source>
        <translation>Einen bestehenden Haushalt über seine Bezeichnung oder ein Mitglied finden</translation>
    </message>
    <message>
        <source>Relationship to the hea&amp;d:</source>
        <translation>Bez&amp;iehung zum Haushaltsvorstand:</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <translation>Beziehung zum Haushaltsvorstand</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>asylum procedure pending</source>
        <translation>Asylverfahren läuft</translation>
    </message>
    <message>
        <source>asylum rejected</source>
        <translation>Asylantrag abgelehnt</translation>
    </message>
    <message>
        <source>tolerated stay (Duldung)</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <source>obliged to leave</source>
        <translation>ausreisepflichtig</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>application submitted</source>
        <translation>Antrag gestellt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>bewilligt</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>ausgereist</translation>
    </message>
    <message>
        <source>reintegration follow-up</source>
        <translation>Reintegrationsbegleitung</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>assisted return</source>
        <translation>geförderte Rückkehr</translation>
    </message>
    <message>
        <source>self-organised return</source>
        <translation>selbstorganisierte Rückkehr</translation>
    </message>
    <message>
        <source>onward migration</source>
        <translation>Weiterwanderung</translation>
    </message>
    <message>
        <source>stays in Germany</source>
        <translation>Verbleib in Deutschland</translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation>an andere Stelle verwiesen</translation>
    </message>
    <message>
        <source>removed (deportation)</source>
        <translation>Abschiebung</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation>Dublin-Überstellung</translation>
    </message>
    <message>
        <source>contact lost</source>
        <translation>Kontakt abgebrochen</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>interpreter present</source>
        <translation>Dolmetscher/-in vor Ort</translation>
    </message>
    <message>
        <source>interpreter by phone/video</source>
        <translation>Dolmetschung per Telefon/Video</translation>
    </message>
    <message>
        <source>return options</source>
        <translation>Rückkehroptionen</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>Reisedokumente</translation>
    </message>
    <message>
        <source>financial support</source>
        <translation>finanzielle Unterstützung</translation>
    </message>
    <message>
        <source>medical needs</source>
        <translation>medizinischer Bedarf</translation>
    </message>
    <message>
        <source>family matters</source>
        <translation>familiäre Angelegenheiten</translation>
    </message>
    <message>
        <source>reintegration planning</source>
        <translation>Reintegrationsplanung</translation>
    </message>
    <message>
        <source>legal status</source>
        <translation>aufenthaltsrechtliche Fragen</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>psychosoziale Unterstützung</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>unbegleitete/-r Minderjährige/-r</translation>
    </message>
    <message>
        <source>minor in a family</source>
        <translation>Minderjährige/-r in Familie</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>elderly person</source>
        <translation>ältere Person</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation>schwere Erkrankung</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>psychische Erkrankung</translation>
    </message>
    <message>
        <source>survivor of trafficking</source>
        <translation>Betroffene/-r von Menschenhandel</translation>
    </message>
    <message>
        <source>survivor of violence or torture</source>
        <translation>Betroffene/-r von Gewalt oder Folter</translation>
    </message>
    <message>
        <source>single parent</source>
        <translation>alleinerziehend</translation>
    </message>
    <message>
        <source>LGBTIQ*</source>
        <translation>LSBTIQ*</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>return counselling office</source>
        <translation>behördliche Rückkehrberatung</translation>
    </message>
    <message>
        <source>competence centre</source>
        <translation>Kompetenzzentrum</translation>
    </message>
    <message>
        <source>foreigners authority</source>
        <translation>Ausländerbehörde</translation>
    </message>
    <message>
        <source>legal advice</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medizinische Versorgung</translation>
    </message>
    <message>
        <source>psychosocial</source>
        <translation>psychosoziale Versorgung</translation>
    </message>
    <message>
        <source>reintegration partner</source>
        <translation>Reintegrationspartner</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>applied for</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <source>available</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>data processing</source>
        <translation>Datenverarbeitung</translation>
    </message>
    <message>
        <source>sharing with a partner</source>
        <translation>Weitergabe an einen Partner</translation>
    </message>
    <message>
        <source>contact after return</source>
        <translation>Kontakt nach der Rückkehr</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>head of household</source>
        <translation>Haushaltsvorstand</translation>
    </message>
    <message>
        <source>spouse or partner</source>
        <translation>Ehe-/Lebenspartner/-in</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>Enkelkind</translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation>Großelternteil</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>andere/-r Verwandte/-r</translation>
    </message>
    <message>
        <source>not related</source>
        <translation>nicht verwandt</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Haushaltsmitglieder</translation>
    </message>
    <message>
        <source>Add mem&amp;ber…</source>
        <translation>&amp;Mitglied hinzufügen…</translation>
    </message>
    <message>
        <source>Household: {0}</source>
        <translation>Haushalt: {0}</translation>
    </message>
    <message>
        <source>No household</source>
        <translation>Kein Haushalt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>Vor&amp;handene Person hinzufügen…</translation>
    </message>
    <message>
        <source>Someone already on file joins this household (and leaves their own)</source>
        <translation>Eine schon erfasste Person kommt in diesen Haushalt (und verlässt ihren bisherigen)</translation>
    </message>
    <message>
        <source>Add a person to {0}</source>
        <translation>Person zu {0} hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Merge househo&amp;ld with…</source>
        <translation>Haushalt zu&amp;sammenführen mit…</translation>
    </message>
    <message>
        <source>This household and a double of it become one; this one stays</source>
        <translation>Dieser Haushalt und ein doppelt erfasster werden eins; dieser bleibt</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <source>Merge the household {0} with another</source>
        <translation>Haushalt {0} mit einem anderen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Household label or a member's name:</source>
        <translation>&amp;Haushaltsbezeichnung oder Name eines Mitglieds:</translation>
    </message>
    <message>
        <source>Merge {0} with another person</source>
        <translation>{0} mit einer anderen Person zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>MoveUserDialog</name>
    <message>
        <source>Move to another team</source>
        <translation>In ein anderes Team verschieben</translation>
    </message>
    <message>
        <source>Move {0} out of team {1}? Their devices hold that team&apos;s cases and are revoked; they enrol a new device, which receives the new team&apos;s cases. Ask them to synchronise first.</source>
        <translation>{0} aus dem Team {1} verschieben? Die Geräte der Person enthalten die Fälle dieses Teams und verlieren ihren Zugang; sie meldet ein neues Gerät an, das die Fälle des neuen Teams erhält. Bitten Sie sie, vorher zu synchronisieren.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Wipe the old team&apos;s data on their devices</source>
        <translation>Daten des alten Teams auf ihren Geräten &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Stärke: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is too easy to guess; a few unrelated words work well.</source>
        <translation>Dieses Passwort ist zu leicht zu erraten; gut geeignet sind einige Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OpenCaseEditor</name>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>How the person &amp;found the service</source>
        <translation>Wie die Person zur &amp;Beratung kam</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall &amp;eröffnen</translation>
    </message>
    <message>
        <source>Open the case (Ctrl+S)</source>
        <translation>Den Fall eröffnen (Strg+S)</translation>
    </message>
    <message>
        <source>The case could not be opened (internal error).</source>
        <translation>Der Fall konnte nicht eröffnet werden (interner Fehler).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>A new password for {0} to enrol devices with. Their enrolled devices keep working. Give it to them in person or by another safe channel.</source>
        <translation>Ein neues Passwort, mit dem {0} Geräte anmeldet. Bereits angemeldete Geräte arbeiten weiter. Geben Sie es persönlich oder über einen anderen sicheren Weg weiter.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person[*]</source>
        <translation>Neue Person[*]</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Andere Schreibweisen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a full date</source>
        <translation>JJJJ, JJJJ-MM, JJJJ-MM-TT oder ein vollständiges Datum</translation>
    </message>
    <message>
        <source>es&amp;timated</source>
        <translation>ges&amp;chätzt</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Dolmetscher/-in benötigt</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Familienname:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Vornamen:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliasnamen:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Ge&amp;boren:</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>Staatsangehörig&amp;keit:</translation>
    </message>
    <message>
        <source>&amp;Return country:</source>
        <translation>&amp;Rückkehrland:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>Residen&amp;ce status:</source>
        <translation>A&amp;ufenthaltsstatus:</translation>
    </message>
    <message>
        <source>A&amp;uthority file no.:</source>
        <translation>Akten&amp;zeichen der ABH:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New member of {0}[*]</source>
        <translation>Neues Mitglied im Haushalt {0}[*]</translation>
    </message>
    <message>
        <source>Edit person: {0}[*]</source>
        <translation>Person bearbeiten: {0}[*]</translation>
    </message>
    <message>
        <source>Edit person[*]</source>
        <translation>Person bearbeiten[*]</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Enter a year, year-month or a full date</source>
        <translation>Bitte ein Jahr, Jahr und Monat oder ein vollständiges Datum eingeben</translation>
    </message>
    <message>
        <source>Choose an entry from the list</source>
        <translation>Bitte einen Eintrag aus der Liste wählen</translation>
    </message>
    <message>
        <source>Add the language with Enter, or clear the field</source>
        <translation>Sprache mit Enter hinzufügen oder das Feld leeren</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, MM/YYYY or YYYY</source>
        <translation>TT.MM.JJJJ, MM.JJJJ oder JJJJ</translation>
    </message>
    <message>
        <source>Possibly already on file</source>
        <translation>Möglicherweise schon erfasst</translation>
    </message>
    <message>
        <source>This person may already be on file (see the possible matches below the form). Save anyway as a new person?</source>
        <translation>Diese Person ist möglicherweise schon erfasst (siehe die möglichen Treffer unter dem Formular). Trotzdem als neue Person speichern?</translation>
    </message>
    <message>
        <source>Save as &amp;new person</source>
        <translation>Als &amp;neue Person speichern</translation>
    </message>
    <message>
        <source>Join a household</source>
        <translation>Haushalt auswählen</translation>
    </message>
    <message>
        <source>&amp;Household label or a member's name:</source>
        <translation>&amp;Haushaltsbezeichnung oder Name eines Mitglieds:</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nobody belongs to this case&apos;s household any more.</source>
        <translation>Zum Haushalt dieses Falls gehört niemand mehr.</translation>
    </message>
    <message>
        <source>This person cannot be shown: {0}</source>
        <translation>Diese Person kann nicht angezeigt werden: {0}</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Keine Person ausgewählt</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>geb. {0}</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>household {0}</source>
        <translation>Haushalt {0}</translation>
    </message>
    <message>
        <source>Vulnerable: {0}</source>
        <translation>Besonders schutzbedürftig: {0}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {0}</source>
        <translation>Einwilligung widerrufen: {0}</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Persönliche Daten</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>Ha&amp;ushalt</translation>
    </message>
    <message>
        <source>&amp;Vulnerabilities</source>
        <translation>&amp;Vulnerabilitäten</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>&amp;Einwilligungen</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Fä&amp;lle</translation>
    </message>
    <message>
        <source>Consul&amp;tations</source>
        <translation>&amp;Beratungen</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Weiterverweisungen</translation>
    </message>
    <message>
        <source>Appl&amp;ications</source>
        <translation>&amp;Anträge</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Anhän&amp;ge</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>R&amp;eturn</source>
        <translation>&amp;Rückkehr</translation>
    </message>
    <message>
        <source>Information re&amp;quests</source>
        <translation>Informationsan&amp;fragen</translation>
    </message>
    <message>
        <source>Me&amp;dical return</source>
        <translation>Me&amp;dizinische Rückkehr</translation>
    </message>
    <message>
        <source>Reinte&amp;gration</source>
        <translation>Rei&amp;ntegration</translation>
    </message>
</context>
<context>
    <name>PersonalSection</name>
    <message>
        <source>Family name:</source>
        <translation>Familienname:</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Vornamen:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Aliasnamen:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Staatsangehörigkeit:</translation>
    </message>
    <message>
        <source>Return country:</source>
        <translation>Rückkehrland:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Dolmetschung:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Aufenthaltsstatus:</translation>
    </message>
    <message>
        <source>Authority file no.:</source>
        <translation>Aktenzeichen der ABH:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>{0} (estimated)</source>
        <translation>{0} (geschätzt)</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht benötigt</translation>
    </message>
    <message>
        <source>Merge &amp;with another person…</source>
        <translation>Mit anderer Person &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>This person and a double of theirs become one; this one stays</source>
        <translation>Diese Person und eine doppelt erfasste werden eins; diese bleibt</translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <source>Family or given names, e.g. &quot;haddad ra&quot;</source>
        <translation>Familien- oder Vornamen, z. B. „haddad ra“</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <source>New person in a new household (Ctrl+N)</source>
        <translation>Neue Person in einem neuen Haushalt (Strg+N)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Persons &amp; households</source>
        <translation>Personen &amp; Haushalte</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: {0}</source>
        <translation>Die Liste konnte nicht geladen werden: {0}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>The record could not be opened: {0}</source>
        <translation>Der Datensatz konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>This could not be saved (internal error). Your input is kept.</source>
        <translation>Das konnte nicht gespeichert werden (interner Fehler). Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Kind of partner</source>
        <translation>Ar&amp;t des Partners</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>&amp;Weiterverwiesen am</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Resul&amp;t</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>Referral – {0}</source>
        <translation>Weiterverweisung – {0}</translation>
    </message>
    <message>
        <source>At most {0} characters, please.</source>
        <translation>Bitte höchstens {0} Zeichen.</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Referred on</source>
        <translation>Weiterverwiesen am</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterverweisungen</translation>
    </message>
    <message>
        <source>Ne&amp;w referral…</source>
        <translation>&amp;Neue Weiterverweisung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected referral (Enter)</source>
        <translation>Ausgewählte Weiterverweisung bearbeiten (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>Auf&amp;schlüsselung:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Tabelle der Aufschlüsselung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>{0} – {1}: the data on this device ({2}). Cells with fewer than {3} persons are shown as “&lt;{3}”.</source>
        <translation>{0} – {1}: die Daten auf diesem Gerät ({2}). Felder mit weniger als {3} Personen erscheinen als „&lt;{3}“.</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <source>The data on this device has changed since; press Show to count again.</source>
        <translation>Die Daten auf diesem Gerät haben sich seitdem geändert; „Anzeigen“ zählt neu.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Hidden so that a small number cannot be worked out from the total</source>
        <translation>Verborgen, damit sich eine kleine Zahl nicht aus der Summe errechnen lässt</translation>
    </message>
    <message>
        <source>Fewer than {0}: hidden to protect the persons</source>
        <translation>Weniger als {0}: zum Schutz der Personen verborgen</translation>
    </message>
    <message>
        <source>One can count in several rows here, so the rows need not add up.</source>
        <translation>Hier kann eine Einheit in mehreren Zeilen zählen; die Zeilen ergeben daher nicht unbedingt die Summe.</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatoren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke device</source>
        <translation>Gerät den Zugang entziehen</translation>
    </message>
    <message>
        <source>Revoke “{0}” of {1}? From its next connection on the server refuses it; changes it has not synchronised yet are lost to the team.</source>
        <translation>„{0}“ von {1} den Zugang entziehen? Ab der nächsten Verbindung weist der Server das Gerät ab; noch nicht synchronisierte Änderungen gehen für das Team verloren.</translation>
    </message>
    <message>
        <source>e.g. laptop lost, colleague left the team</source>
        <translation>z. B. Laptop verloren, Kollegin oder Kollege hat das Team verlassen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Wipe data on the device</source>
        <translation>Daten auf dem Gerät &amp;löschen</translation>
    </message>
    <message>
        <source>The device erases its encrypted case data the next time it connects</source>
        <translation>Das Gerät löscht seine verschlüsselten Falldaten bei der nächsten Verbindung</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Zugang &amp;entziehen</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>The new role of {0} applies from their devices&apos; next connection on.</source>
        <translation>Die neue Rolle von {0} gilt ab der nächsten Verbindung ihrer Geräte.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search names, case numbers, notes…  (Ctrl+K)</source>
        <translation>Namen, Fallnummern, Notizen durchsuchen…  (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratungsgespräch</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Minuten ohne Eingabe bis zur Sperre</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Sperren nach &amp;Inaktivität</translation>
    </message>
    <message>
        <source>Synchronise every minutes</source>
        <translation>Synchronisationsintervall in Minuten</translation>
    </message>
    <message>
        <source>&amp;Synchronise every</source>
        <translation>S&amp;ynchronisieren alle</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Unlock first: the password guards the data</source>
        <translation>Erst entsperren: Das Passwort schützt die Daten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>Noch keine Statusänderungen.</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>(outcome: {0})</source>
        <translation>(Ausgang: {0})</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>von {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>This device was revoked by the server.</source>
        <translation>Der Server hat diesem Gerät den Zugang entzogen.</translation>
    </message>
    <message>
        <source>A team lead or administrator revoked this device and asked for its data to be erased. The case data on this computer has been deleted.

The server said: {0}</source>
        <translation>Eine Teamleitung oder die Administration hat diesem Gerät den Zugang entzogen und die Löschung seiner Daten veranlasst. Die Falldaten auf diesem Computer wurden gelöscht.

Meldung des Servers: {0}</translation>
    </message>
    <message>
        <source>A team lead or administrator revoked this device; it can no longer synchronise. The data on this computer is kept.

The server said: {0}</source>
        <translation>Eine Teamleitung oder die Administration hat diesem Gerät den Zugang entzogen; es kann nicht mehr synchronisieren. Die Daten auf diesem Computer bleiben erhalten.

Meldung des Servers: {0}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the date and time, then sync again.</source>
        <translation>Die Uhr dieses Computers geht falsch. Bitte stellen Sie Datum und Uhrzeit richtig ein und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This version of Fallakte is too old for the server. Please update.</source>
        <translation>Diese Version von Fallakte ist für den Server zu alt. Bitte aktualisieren Sie Fallakte.</translation>
    </message>
    <message>
        <source>The server did not accept this device. Connect it to the server again.</source>
        <translation>Der Server hat dieses Gerät nicht akzeptiert. Bitte verbinden Sie es erneut mit dem Server.</translation>
    </message>
    <message>
        <source>The server is busy. Sync will try again shortly.</source>
        <translation>Der Server ist ausgelastet. Die Synchronisation wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete. Sync will try again shortly.</source>
        <translation>Die Antwort des Servers war unvollständig. Die Synchronisation wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>The server refused the sync.</source>
        <translation>Der Server hat die Synchronisation abgelehnt.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synchronisation fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sync failed because of an internal error.</source>
        <translation>Die Synchronisation ist wegen eines internen Fehlers fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator/-in</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer/-in:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Device prefix:</source>
        <translation>Gerätepräfix:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show c&amp;onflicts</source>
        <translation>&amp;Konflikte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Synchronise now (Ctrl+Shift+S or F5)</source>
        <translation>Jetzt synchronisieren (Strg+Umschalt+S oder F5)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Letzte erfolgreiche Synchronisation:</translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation>Nicht synchronisierte Änderungen:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Offene Konflikte:</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>Mit Server verbinden…</translation>
    </message>
    <message>
        <source>This device works offline. To share cases with your team, connect it to your organisation&apos;s Fallakte server with the user name and password you were given.</source>
        <translation>Dieses Gerät arbeitet offline. Um Fälle mit Ihrem Team zu teilen, verbinden Sie es mit dem Fallakte-Server Ihrer Organisation – mit dem Benutzernamen und dem Passwort, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
    <message>
        <source>Syncs since unlocking</source>
        <translation>Synchronisationen seit dem Entsperren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Synchronisationsproblem</translation>
    </message>
    <message>
        <source>the server address</source>
        <translation>die Serveradresse</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>den Benutzernamen</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Please enter {0}.</source>
        <translation>Bitte geben Sie {0} ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting failed because of an internal error.</source>
        <translation>Die Verbindung ist wegen eines internen Fehlers fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation>heute {0}</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Synchronising… {0} records</source>
        <translation>Synchronisation läuft… {0} Datensätze</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation läuft…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline lease over: sync required</source>
        <translation>Offline-Frist abgelaufen: Synchronisation erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Offline lease: %n day(s)</source>
        <translation>
            <numerusform>Offline-Frist: %n Tag</numerusform>
            <numerusform>Offline-Frist: %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync state indicator</source>
        <translation>Anzeige des Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Show the sync error</source>
        <translation>Synchronisationsfehler anzeigen</translation>
    </message>
    <message>
        <source>Sync problem: click for details</source>
        <translation>Synchronisationsproblem: für Details klicken</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Synchronise now (Ctrl+Shift+S or F5)</source>
        <translation>Jetzt synchronisieren (Strg+Umschalt+S oder F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Letzte Synchronisation: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n nicht synchronisierte Änderung</numerusform>
            <numerusform>%n nicht synchronisierte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Synchronisationsproblem</translation>
    </message>
    <message>
        <source>Days this device may still be used without reaching the server</source>
        <translation>Tage, die dieses Gerät noch ohne Verbindung zum Server genutzt werden kann</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups in the next 7 days</source>
        <translation>Wiedervorlagen in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>Recently changed cases</source>
        <translation>Zuletzt geänderte Fälle</translation>
    </message>
    <message>
        <source>Unfinished forms (drafts)</source>
        <translation>Unvollständige Formulare (Entwürfe)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Ü&amp;berfällig</translation>
    </message>
    <message>
        <source>&amp;Due soon</source>
        <translation>&amp;Demnächst fällig</translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation>&amp;Zuletzt geänderte Fälle</translation>
    </message>
    <message>
        <source>Dra&amp;fts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Good to see you, {0}. Today is {1}.</source>
        <translation>Guten Tag, {0}. Heute ist {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n diese Woche fällig</numerusform>
            <numerusform>%n diese Woche fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n nicht synchronisierte Änderung</numerusform>
            <numerusform>%n nicht synchronisierte Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Noch keine Fälle</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>No unfinished forms</source>
        <translation>Keine unvollständigen Formulare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: {0}</source>
        <translation>Die Wiedervorlage konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message numerus="yes">
        <source>… %n more under Follow-ups (Alt+4)</source>
        <translation>
            <numerusform>… %n weitere unter Wiedervorlagen (Alt+4)</numerusform>
            <numerusform>… %n weitere unter Wiedervorlagen (Alt+4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Fallakte is locked</source>
        <translation>Fallakte ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Demo data: the password is {0}</source>
        <translation>Demodaten: Das Passwort lautet {0}</translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when this device was set up, then choose a new password.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie bei der Einrichtung dieses Geräts gedruckt oder gespeichert haben, und wählen Sie dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Set new password and unlock</source>
        <translation>Neues Passwort festlegen und &amp;entsperren</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was changed.</source>
        <translation>Das Passwort ist nicht korrekt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The password is not correct. You can try again now.</source>
        <translation>Das Passwort ist nicht korrekt. Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. Please wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Das Passwort ist nicht korrekt. Bitte warten Sie %n Sekunde bis zum nächsten Versuch.</numerusform>
            <numerusform>Das Passwort ist nicht korrekt. Bitte warten Sie %n Sekunden bis zum nächsten Versuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Der Wiederherstellungsschlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation>Der Wiederherstellungsschlüssel ist nicht korrekt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>counsellor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator/-in</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer/-in</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt verbunden</translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation>{0} (Sie)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>{0} active, {1} revoked</source>
        <translation>{0} aktiv, {1} ohne Zugang</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Change ro&amp;le…</source>
        <translation>Ro&amp;lle ändern…</translation>
    </message>
    <message>
        <source>&amp;Move to team…</source>
        <translation>In anderes &amp;Team…</translation>
    </message>
    <message>
        <source>Loading the user list from the server…</source>
        <translation>Die Benutzerliste wird vom Server geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) on the server.</source>
        <translation>
            <numerusform>%n Benutzer/-in auf dem Server.</numerusform>
            <numerusform>%n Benutzer/-innen auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the user list needs the server. Try again when this computer is connected.</source>
        <translation>Offline: Für die Benutzerliste wird der Server benötigt. Bitte versuchen Sie es erneut, sobald dieser Computer verbunden ist.</translation>
    </message>
    <message>
        <source>This device is not connected to a server, so there is no user list.</source>
        <translation>Dieses Gerät ist mit keinem Server verbunden, daher gibt es keine Benutzerliste.</translation>
    </message>
    <message>
        <source>The server could not do that: {0}</source>
        <translation>Der Server konnte das nicht ausführen: {0}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Anfrage an den Server…</translation>
    </message>
    <message numerus="yes">
        <source>{0} is disabled; %n device(s) revoked.</source>
        <translation>
            <numerusform>{0} ist gesperrt; %n Gerät hat keinen Zugang mehr.</numerusform>
            <numerusform>{0} ist gesperrt; %n Geräte haben keinen Zugang mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} may enrol a new device again.</source>
        <translation>{0} darf wieder ein neues Gerät anmelden.</translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation>{0} hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation>{0} ist jetzt {1}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} is now in team {1}; %n device(s) revoked.</source>
        <translation>
            <numerusform>{0} ist jetzt im Team {1}; %n Gerät hat keinen Zugang mehr.</numerusform>
            <numerusform>{0} ist jetzt im Team {1}; %n Geräte haben keinen Zugang mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Display &amp;name…</source>
        <translation>Anzeige&amp;name…</translation>
    </message>
    <message>
        <source>The name and contact the team directory shows</source>
        <translation>Name und Kontakt, die das Teamverzeichnis zeigt</translation>
    </message>
    <message>
        <source>{0} is shown to the team as {1}.</source>
        <translation>{0} erscheint im Team als {1}.</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesSection</name>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Vulnerability assessments</source>
        <translation>Vulnerabilitätseinschätzungen</translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translation>Ei&amp;nschätzung hinzufügen…</translation>
    </message>
</context>
<context>
    <name>VulnerabilityDialog</name>
    <message>
        <source>Vulnerability assessment</source>
        <translation>Vulnerabilitätseinschätzung</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Eingeschätzt am:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Strg+L)</translation>
    </message>
</context>
<context>
    <name>_PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation>Passwort wählen</translation>
    </message>
    <message>
        <source>The password protects everything on this device. Choose a long one that you do not use anywhere else.</source>
        <translation>Das Passwort schützt alle Daten auf diesem Gerät. Wählen Sie ein langes Passwort, das Sie nirgendwo sonst verwenden.</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Der verschlüsselte Speicher wird angelegt…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you forget your password, only this key opens your data again. It is shown only now: print it or save it on a USB stick and keep it locked away.</source>
        <translation>Wenn Sie Ihr Passwort vergessen, öffnet nur dieser Schlüssel Ihre Daten wieder. Er wird nur jetzt angezeigt: Drucken Sie ihn aus oder speichern Sie ihn auf einem USB-Stick und bewahren Sie ihn unter Verschluss auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;In Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>To confirm, type the &amp;last group of the key</source>
        <translation>Geben Sie zur Bestätigung die &amp;letzte Gruppe des Schlüssels ein</translation>
    </message>
    <message>
        <source>&amp;I have printed or saved the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;gedruckt oder gespeichert</translation>
    </message>
    <message>
        <source>Fallakte recovery key

Device: {0}
Created: {1}

{2}

Keep this sheet locked away. Anyone with this key and the laptop can read the data.</source>
        <translation>Fallakte – Wiederherstellungsschlüssel

Gerät: {0}
Erstellt: {1}

{2}

Bewahren Sie dieses Blatt unter Verschluss auf. Wer diesen Schlüssel und den Laptop hat, kann die Daten lesen.</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
</context>
<context>
    <name>_ServerPage</name>
    <message>
        <source>Connect to the office server (optional)</source>
        <translation>Mit dem Server Ihrer Dienststelle verbinden (optional)</translation>
    </message>
    <message>
        <source>With a server, your cases are backed up and shared with your team whenever you are online. You can also skip this and connect later under Sync.</source>
        <translation>Mit einem Server werden Ihre Fälle gesichert und mit Ihrem Team geteilt, sobald Sie online sind. Sie können diesen Schritt auch überspringen und die Verbindung später unter „Synchronisation“ herstellen.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Passw&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Please fill in the address, user name and password.</source>
        <translation>Bitte geben Sie Adresse, Benutzernamen und Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. This device now belongs to team {0}.</source>
        <translation>Verbunden. Dieses Gerät gehört jetzt zum Team {0}.</translation>
    </message>
</context>
<context>
    <name>_SideBox</name>
    <message>
        <source>Written: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Fallakte</source>
        <translation>Willkommen bei Fallakte</translation>
    </message>
    <message>
        <source>Fallakte keeps your case files encrypted on this laptop and works without network. First, who works with this device?</source>
        <translation>Fallakte speichert Ihre Fallakten verschlüsselt auf diesem Laptop und funktioniert ohne Netzwerk. Zunächst: Wer arbeitet mit diesem Gerät?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. anna.schmidt</source>
        <translation>z. B. anna.schmidt</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Your main &amp;site</source>
        <translation>Ihr Haupt&amp;standort</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Pairs of persons on this device that are likely one person: similar names (also in other spellings), birth years at most a year apart, the same file number or phone. Open both and decide.</source>
        <translation>Paare von Personen auf diesem Gerät, die wahrscheinlich dieselbe Person sind: ähnliche Namen (auch in anderer Schreibweise), Geburtsjahre höchstens ein Jahr auseinander, dasselbe Aktenzeichen oder dieselbe Telefonnummer. Öffnen Sie beide und entscheiden Sie.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Vielleicht dieselbe wie</translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation>Gleich in</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Neu suchen</translation>
    </message>
    <message>
        <source>Open &amp;first</source>
        <translation>&amp;Erste öffnen</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>&amp;Zweite öffnen</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Suche nach wahrscheinlichen Doppeln…</translation>
    </message>
    <message>
        <source>No likely pairs.</source>
        <translation>Keine wahrscheinlichen Paare.</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>Die Suche ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Persons have changed since; press Search again.</source>
        <translation>Personen wurden seitdem geändert; drücken Sie „Neu suchen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>%n wahrscheinliches Paar.</numerusform>
            <numerusform>%n wahrscheinliche Paare.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Zusammen&amp;führen…</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>“{0}” marked as done.</source>
        <translation>„{0}“ als erledigt markiert.</translation>
    </message>
    <message>
        <source>“{0}” is open again.</source>
        <translation>„{0}“ ist wieder offen.</translation>
    </message>
    <message>
        <source>“{0}” is now with {1}.</source>
        <translation>„{0}“ liegt jetzt bei {1}.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation>Aufgabe: {0}</translation>
    </message>
    <message>
        <source>What came of it? Stays in the case file, never in reports.</source>
        <translation>Was ist dabei herausgekommen? Bleibt in der Fallakte, nie in Berichten.</translation>
    </message>
    <message>
        <source>&amp;Outcome note (optional)</source>
        <translation>&amp;Ergebnisnotiz (optional)</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Ergebnisnotiz</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark as done (Ctrl+Enter)</source>
        <translation>Als erledigt markieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>At most {0} characters.</source>
        <translation>Höchstens {0} Zeichen.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign follow-up</source>
        <translation>Wiedervorlage übergeben</translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation>Aufgabe: {0}</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>Übergeben &amp;an</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
    <message>
        <source>Choose who takes the follow-up over.</source>
        <translation>Wählen Sie, wer die Wiedervorlage übernimmt.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Display name and contact</source>
        <translation>Anzeigename und Kontakt</translation>
    </message>
    <message>
        <source>What the team sees of {0}: the display name in pickers, lists and the conflict view; the work contact only if the server shares contacts. Devices learn it with their next synchronisation.</source>
        <translation>Was das Team von {0} sieht: den Anzeigenamen in Auswahllisten, Listen und bei Konflikten; den dienstlichen Kontakt nur, wenn der Server Kontakte weitergibt. Die Geräte erfahren es bei ihrer nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>work phone or e-mail</source>
        <translation>dienstliche Telefonnummer oder E-Mail</translation>
    </message>
    <message>
        <source>Work contact</source>
        <translation>Dienstlicher Kontakt</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Work contact:</source>
        <translation>Dienstlicher &amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Keep them as a draft to finish later (under Today → Drafts), or discard them?</source>
        <translation>Dieses Formular enthält Änderungen, die noch nicht gespeichert sind. Als Entwurf behalten, um später weiterzumachen (unter Heute → Entwürfe), oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Choose an entry from the list</source>
        <translation>Bitte einen Eintrag aus der Liste wählen</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fallakte – User guide</source>
        <translation>Fallakte – Handbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fallakte.</source>
        <translation>Das Handbuch ist bei dieser Fallakte-Installation nicht dabei.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>The new password protects all data on this device from now on. The recovery key stays valid. Your team&apos;s server password does not change.</source>
        <translation>Das neue Passwort schützt ab jetzt alle Daten auf diesem Gerät. Der Wiederherstellungsschlüssel bleibt gültig. Ihr Passwort für den Server des Teams ändert sich nicht.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Bisheriges Passwort</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Bisheriges Passwort</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>Bitte das bisherige Passwort eingeben.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>The current password is not correct. Nothing was changed.</source>
        <translation>Das bisherige Passwort ist nicht korrekt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The password could not be changed: {0}</source>
        <translation>Das Passwort konnte nicht geändert werden: {0}</translation>
    </message>
</context>
<context>
    <name>DepartureEditor</name>
    <message>
        <source>&amp;Airport or border crossing</source>
        <translation>&amp;Flughafen oder Grenzübergang</translation>
    </message>
    <message>
        <source>&amp;Booking reference</source>
        <translation>&amp;Buchungsnummer</translation>
    </message>
    <message>
        <source>&amp;Confirmed on</source>
        <translation>Bestätigt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Escort</source>
        <translation>Begleit&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Be&amp;merkung</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Planned departure</source>
        <translation>&amp;Geplante Ausreise</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>G&amp;rund</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Choose how the departure was confirmed.</source>
        <translation>Wählen Sie, wodurch die Ausreise bestätigt ist.</translation>
    </message>
    <message>
        <source>Choose why they did not depart.</source>
        <translation>Wählen Sie, warum die Ausreise nicht stattfand.</translation>
    </message>
    <message>
        <source>Confirmed &amp;how</source>
        <translation>Bestätigt &amp;durch</translation>
    </message>
    <message>
        <source>Departure – {0}</source>
        <translation>Ausreise – {0}</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Ausreise</translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation>Geplante Ausreise</translation>
    </message>
    <message>
        <source>Travel &amp;mode</source>
        <translation>Reise&amp;weg</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>ausgereist</translation>
    </message>
    <message>
        <source>did not depart</source>
        <translation>nicht ausgereist</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>DocumentCheckEditor</name>
    <message>
        <source>&amp;Issued on</source>
        <translation>A&amp;usgestellt am</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Be&amp;merkung</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Valid until cannot come before issued on.</source>
        <translation>„Gültig bis“ kann nicht vor „Ausgestellt am“ liegen.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Component</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>&amp;Instalment</source>
        <translation>Ra&amp;te</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Bemer&amp;kung</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Gezahlt / erbracht am</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>T&amp;raveller</source>
        <translation>&amp;Reisende Person</translation>
    </message>
    <message>
        <source>(not travelling)</source>
        <translation>(reist nicht mit)</translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation>(ganzer Antrag)</translation>
    </message>
    <message>
        <source>A planned payment has no approval or paid date.</source>
        <translation>Eine geplante Leistung hat kein Bewilligungs- oder Zahlungsdatum.</translation>
    </message>
    <message>
        <source>Appr&amp;oved on</source>
        <translation>Be&amp;willigt am</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Bewilligt am</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Enter the date it was paid or delivered.</source>
        <translation>Geben Sie an, wann gezahlt oder erbracht wurde.</translation>
    </message>
    <message>
        <source>It cannot be paid before it was approved.</source>
        <translation>Gezahlt werden kann erst nach der Bewilligung.</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>&amp;Zahlende Stelle</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>Support payment – {0}</source>
        <translation>Förderleistung – {0}</translation>
    </message>
    <message>
        <source>Support payment</source>
        <translation>Förderleistung</translation>
    </message>
    <message>
        <source>in kind (not money)</source>
        <translation>Sachleistung (kein Geld)</translation>
    </message>
</context>
<context>
    <name>ReturnChecklist</name>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation>(ganzer Antrag)</translation>
    </message>
    <message>
        <source>Add from pro&amp;gramme</source>
        <translation>Aus Programm &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the documents the programme asks of these travellers</source>
        <translation>Die Dokumente ergänzen, die das Programm von diesen Reisenden verlangt</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Dokumenten-Checkliste</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Edit entr&amp;y…</source>
        <translation>&amp;Zeile bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected document (Enter or F2)</source>
        <translation>Das gewählte Dokument bearbeiten (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Reisende Person</translation>
    </message>
    <message>
        <source>Valid at departure</source>
        <translation>Gültig bei Ausreise</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>issued too early for the departure</source>
        <translation>zu früh vor der Ausreise ausgestellt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not there, departure soon</source>
        <translation>fehlt, Ausreise bald</translation>
    </message>
    <message>
        <source>not valid at departure</source>
        <translation>bei Ausreise nicht gültig</translation>
    </message>
    <message>
        <source>still to get</source>
        <translation>noch zu besorgen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ReturnDeparture</name>
    <message>
        <source>&amp;Booking and plan…</source>
        <translation>Planung und Buc&amp;hung…</translation>
    </message>
    <message>
        <source>Airport or border crossing:</source>
        <translation>Flughafen oder Grenzübergang:</translation>
    </message>
    <message>
        <source>Booking reference:</source>
        <translation>Buchungsnummer:</translation>
    </message>
    <message>
        <source>Con&amp;firm departure…</source>
        <translation>Ausreise bestät&amp;igen…</translation>
    </message>
    <message>
        <source>Escort:</source>
        <translation>Begleitung:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <source>Record that they left, or that they did not depart and why</source>
        <translation>Festhalten, dass die Ausreise stattfand – oder warum nicht</translation>
    </message>
    <message>
        <source>Travel mode:</source>
        <translation>Reiseweg:</translation>
    </message>
    <message>
        <source>departed on {0} ({1})</source>
        <translation>ausgereist am {0} ({1})</translation>
    </message>
    <message>
        <source>departed on {0}</source>
        <translation>ausgereist am {0}</translation>
    </message>
    <message>
        <source>did not depart: {0}</source>
        <translation>nicht ausgereist: {0}</translation>
    </message>
    <message>
        <source>no departure planned yet</source>
        <translation>noch keine Ausreise geplant</translation>
    </message>
    <message>
        <source>not yet departed</source>
        <translation>noch nicht ausgereist</translation>
    </message>
</context>
<context>
    <name>ReturnPayments</name>
    <message>
        <source> (in kind)</source>
        <translation> (Sachleistung)</translation>
    </message>
    <message>
        <source> for {0}</source>
        <translation> für {0}</translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation>(ganzer Antrag)</translation>
    </message>
    <message>
        <source>Add the planned payments the programme foresees for these travellers</source>
        <translation>Die Leistungen planen, die das Programm für diese Reisenden vorsieht</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Edit pa&amp;yment…</source>
        <translation>Za&amp;hlung bearbeiten…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>New p&amp;ayment…</source>
        <translation>Neue &amp;Zahlung…</translation>
    </message>
    <message>
        <source>P&amp;lan from programme</source>
        <translation>Aus Pr&amp;ogramm planen</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Gezahlt am</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahlende Stelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support payments</source>
        <translation>Förderleistungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Totals by status</source>
        <translation>Summen nach Status</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Reisende Person</translation>
    </message>
    <message>
        <source>⚠ Double funding: {0} and {1} ({2})</source>
        <translation>⚠ Doppelförderung: {0} und {1} ({2})</translation>
    </message>
</context>
<context>
    <name>ReturnSection</name>
    <message>
        <source>&amp;Departure</source>
        <translation>Ausrei&amp;se</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Förderung</translation>
    </message>
    <message>
        <source>&amp;Who travels…</source>
        <translation>Wer reist &amp;mit…</translation>
    </message>
    <message>
        <source>Applicati&amp;on:</source>
        <translation>A&amp;ntrag:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;kliste</translation>
    </message>
    <message>
        <source>No application yet: add one under Applications, then plan the return.</source>
        <translation>Noch kein Antrag: Legen Sie unter „Anträge“ einen an und planen Sie dann die Rückkehr.</translation>
    </message>
    <message>
        <source>No travellers named yet: the whole household counts as travelling.</source>
        <translation>Noch keine Reisenden bestimmt: Der ganze Haushalt gilt als reisend.</translation>
    </message>
    <message>
        <source>Travelling: {0}</source>
        <translation>Reisen aus: {0}</translation>
    </message>
    <message>
        <source>staying: {0}</source>
        <translation>bleiben: {0}</translation>
    </message>
    <message>
        <source>{0}, submitted {1} ({2})</source>
        <translation>{0}, gestellt am {1} ({2})</translation>
    </message>
    <message>
        <source>Reference n&amp;umbers</source>
        <translation>Aktenzei&amp;chen</translation>
    </message>
</context>
<context>
    <name>TravellersEditor</name>
    <message>
        <source>Tick who travels; give each one's relationship to the main applicant.</source>
        <translation>Haken Sie an, wer ausreist, und geben Sie die Beziehung zur Hauptperson an.</translation>
    </message>
    <message>
        <source>&amp;Main applicant</source>
        <translation>&amp;Hauptperson</translation>
    </message>
    <message>
        <source>&amp;Travellers</source>
        <translation>&amp;Reisende</translation>
    </message>
    <message>
        <source>(relationship)</source>
        <translation>(Beziehung)</translation>
    </message>
    <message>
        <source>Choose the main applicant.</source>
        <translation>Wählen Sie die Hauptperson.</translation>
    </message>
    <message>
        <source>Relationship of {0}</source>
        <translation>Beziehung von {0}</translation>
    </message>
    <message>
        <source>Tick at least one person who travels.</source>
        <translation>Haken Sie mindestens eine Person an, die ausreist.</translation>
    </message>
    <message>
        <source>Travellers – {0}</source>
        <translation>Reisende – {0}</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <source>{0} travels</source>
        <translation>{0} reist aus</translation>
    </message>
</context>
<context>
    <name>ReturnFeeds</name>
    <message>
        <source>Documents expiring within {0} days</source>
        <translation>Dokumente, die innerhalb von {0} Tagen ablaufen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Departures in the next {0} days</source>
        <translation>Ausreisen in den nächsten {0} Tagen</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>Information requests overdue</source>
        <translation>Überfällige Informationsanfragen</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contacts after return due</source>
        <translation>Fällige Kontakte nach der Rückkehr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Documents e&amp;xpiring</source>
        <translation>Ablaufende Do&amp;kumente</translation>
    </message>
    <message>
        <source>Dep&amp;artures</source>
        <translation>&amp;Ausreisen</translation>
    </message>
    <message>
        <source>Information re&amp;quests overdue</source>
        <translation>Überfällige Informationsan&amp;fragen</translation>
    </message>
    <message>
        <source>Contacts after re&amp;turn</source>
        <translation>Kon&amp;takte nach der Rückkehr</translation>
    </message>
    <message>
        <source>No document expires soon</source>
        <translation>Kein Dokument läuft bald ab</translation>
    </message>
    <message>
        <source>No departure planned</source>
        <translation>Keine Ausreise geplant</translation>
    </message>
    <message>
        <source>No request overdue</source>
        <translation>Keine Anfrage überfällig</translation>
    </message>
    <message>
        <source>No contact due</source>
        <translation>Kein Kontakt fällig</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>InformationRequestsSection</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Information requests</source>
        <translation>Informationsanfragen</translation>
    </message>
    <message>
        <source>Ne&amp;w request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected request (Enter)</source>
        <translation>Die ausgewählte Anfrage bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>The answer is overdue</source>
        <translation>Die Antwort ist überfällig</translation>
    </message>
</context>
<context>
    <name>InformationRequestEditor</name>
    <message>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>As&amp;ked on</source>
        <translation>Ange&amp;fragt am</translation>
    </message>
    <message>
        <source>Answer &amp;due</source>
        <translation>Antwort fäll&amp;ig</translation>
    </message>
    <message>
        <source>A&amp;nswered on</source>
        <translation>Beant&amp;wortet am</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation>&amp;Anhang</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Informationsanfrage</translation>
    </message>
    <message>
        <source>Information request – {0}</source>
        <translation>Informationsanfrage – {0}</translation>
    </message>
    <message>
        <source>The answer cannot be due before the request was made.</source>
        <translation>Die Antwort kann nicht vor der Anfrage fällig sein.</translation>
    </message>
    <message>
        <source>The answer cannot come before the request.</source>
        <translation>Die Antwort kann nicht vor der Anfrage kommen.</translation>
    </message>
</context>
<context>
    <name>MedicalReturnsSection</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Fit to travel</source>
        <translation>Reisefähigkeit</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Medication (months)</source>
        <translation>Medikamente (Monate)</translation>
    </message>
    <message>
        <source>Treatment at destination</source>
        <translation>Behandlung im Zielland</translation>
    </message>
    <message>
        <source>Medical returns</source>
        <translation>Medizinische Rückkehr</translation>
    </message>
    <message>
        <source>Ne&amp;w medical return…</source>
        <translation>&amp;Neue medizinische Angaben…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (Enter)</translation>
    </message>
</context>
<context>
    <name>MedicalReturnEditor</name>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Fit to travel</source>
        <translation>&amp;Reisefähigkeit</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Einges&amp;chätzt am</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Medication to take (months)</source>
        <translation>&amp;Medikamente mitzunehmen (Monate)</translation>
    </message>
    <message>
        <source>&amp;Treatment at destination</source>
        <translation>&amp;Behandlung im Zielland</translation>
    </message>
    <message>
        <source>&amp;Information request</source>
        <translation>&amp;Informationsanfrage</translation>
    </message>
    <message>
        <source>Medical return</source>
        <translation>Medizinische Rückkehr</translation>
    </message>
    <message>
        <source>Medical return – {0}</source>
        <translation>Medizinische Rückkehr – {0}</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Bitte die Person wählen.</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>Bitte das Datum der Einschätzung eingeben.</translation>
    </message>
</context>
<context>
    <name>ReintegrationSection</name>
    <message>
        <source>Drawn up on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Reintegration plans</source>
        <translation>Reintegrationspläne</translation>
    </message>
    <message>
        <source>New pla&amp;n…</source>
        <translation>Neuer Pla&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>Plan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected plan (Enter)</source>
        <translation>Den ausgewählten Plan bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>Ziele und Maßnahmen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>New goa&amp;l…</source>
        <translation>Neues &amp;Ziel…</translation>
    </message>
    <message>
        <source>Contacts after return</source>
        <translation>Kontakte nach der Rückkehr</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Stattgefunden am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New contact a&amp;fter return…</source>
        <translation>Neuer &amp;Kontakt nach der Rückkehr…</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Nachhaltigkeit</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation>Neue Bewert&amp;ung…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReintegrationPlanEditor</name>
    <message>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>&amp;Drawn up on</source>
        <translation>&amp;Erstellt am</translation>
    </message>
    <message>
        <source>Return &amp;country</source>
        <translation>Rückkehr&amp;land</translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation>&amp;Partnerorganisation</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Reintegrationsplan</translation>
    </message>
    <message>
        <source>Reintegration plan – {0}</source>
        <translation>Reintegrationsplan – {0}</translation>
    </message>
</context>
<context>
    <name>ReintegrationMeasureEditor</name>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Reintegration measure</source>
        <translation>Reintegrationsmaßnahme</translation>
    </message>
    <message>
        <source>Reintegration measure – {0}</source>
        <translation>Reintegrationsmaßnahme – {0}</translation>
    </message>
    <message>
        <source>Name the goal.</source>
        <translation>Bitte das Ziel nennen.</translation>
    </message>
    <message>
        <source>Paid &amp;from</source>
        <translation>&amp;Finanziert aus</translation>
    </message>
</context>
<context>
    <name>ReintegrationFollowUpEditor</name>
    <message>
        <source>Held on</source>
        <translation>Stattgefunden am</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Stattgefunden am</translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Durch</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Contact after return</source>
        <translation>Kontakt nach der Rückkehr</translation>
    </message>
    <message>
        <source>Contact after return – {0}</source>
        <translation>Kontakt nach der Rückkehr – {0}</translation>
    </message>
</context>
<context>
    <name>SustainabilityEditor</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>&amp;Bewertet am</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Sustainability assessment</source>
        <translation>Nachhaltigkeitsbewertung</translation>
    </message>
    <message>
        <source>Sustainability assessment – {0}</source>
        <translation>Nachhaltigkeitsbewertung – {0}</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Bitte die Person wählen.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>Bitte mindestens eine Frage beantworten.</translation>
    </message>
</context>
<context>
    <name>LeaseGate</name>
    <message>
        <source>Sync required</source>
        <translation>Synchronisation erforderlich</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>This computer's clock was set back. The case files on it are kept, encrypted and intact; they are shown again once the server has confirmed this device.</source>
        <translation>Die Uhr dieses Computers wurde zurückgestellt. Die Fallakten darauf bleiben erhalten, verschlüsselt und unversehrt; sie werden wieder angezeigt, sobald der Server dieses Gerät bestätigt hat.</translation>
    </message>
    <message>
        <source>This device has not reached the server for more than {0} days. The case files on it are kept, encrypted and intact; they are shown again once the server has confirmed that this device may still be used.</source>
        <translation>Dieses Gerät hat den Server seit mehr als {0} Tagen nicht erreicht. Die Fallakten darauf bleiben erhalten, verschlüsselt und unversehrt; sie werden wieder angezeigt, sobald der Server bestätigt hat, dass dieses Gerät weiter genutzt werden darf.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Connect to the network and try again.</source>
        <translation>Der Server ist nicht erreichbar. Bitte mit dem Netzwerk verbinden und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Possibly already on file</source>
        <translation>Möglicherweise schon erfasst</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Mögliche Treffer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation>Gleich in</translation>
    </message>
    <message>
        <source>&amp;Open match</source>
        <translation>&amp;Markierte Person öffnen</translation>
    </message>
    <message>
        <source>Show this person (the form stays open)</source>
        <translation>Diese Person anzeigen (das Formular bleibt offen)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
</context>
<context>
    <name>CaseDetailsEditor</name>
    <message>
        <source>(not asked yet)</source>
        <translation>(noch nicht erfragt)</translation>
    </message>
    <message>
        <source>How the person &amp;found the service</source>
        <translation>Wie die Person zur &amp;Beratung kam</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Falldaten</translation>
    </message>
    <message>
        <source>Case details – {0}</source>
        <translation>Falldaten – {0}</translation>
    </message>
</context>
<context>
    <name>ReturnReferences</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>New ref&amp;erence…</source>
        <translation>Neues Akten&amp;zeichen…</translation>
    </message>
    <message>
        <source>Edit referen&amp;ce…</source>
        <translation>Aktenzeichen bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>den ganzen Fall</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>diesen Antrag</translation>
    </message>
</context>
<context>
    <name>ExternalReferenceEditor</name>
    <message>
        <source>the whole case</source>
        <translation>den ganzen Fall</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>diesen Antrag</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Gehört zu</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Reference number – {0}</source>
        <translation>Aktenzeichen – {0}</translation>
    </message>
    <message>
        <source>Enter the number.</source>
        <translation>Geben Sie die Nummer ein.</translation>
    </message>
</context>
<context>
    <name>BudgetLines</name>
    <message>
        <source>instalment {0}</source>
        <translation>Rate {0}</translation>
    </message>
    <message>
        <source>(payment not on file)</source>
        <translation>(Zahlung nicht vorhanden)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two persons</source>
        <translation>Zwei Personen zusammenführen</translation>
    </message>
    <message>
        <source>The person on the left stays. Everything recorded for the person on the right moves to them; fields the left one lacks are taken from the right. Values that differ stay on the merged record and are kept as conflicts, so nothing is lost. Other devices take the merge with their next sync.</source>
        <translation>Die Person links bleibt. Alles, was zur Person rechts erfasst ist, geht auf sie über; Felder, die links fehlen, werden von rechts übernommen. Abweichende Werte bleiben am zusammengeführten Datensatz und werden als Konflikte aufbewahrt, es geht also nichts verloren. Andere Geräte übernehmen die Zusammenführung bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Both records side by side</source>
        <translation>Beide Datensätze nebeneinander</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Wird übernommen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>S&amp;wap: keep the other one</source>
        <translation>&amp;Tauschen: die andere behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>Cannot merge: {0}</source>
        <translation>Zusammenführen nicht möglich: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) move to the person who stays.</source>
        <translation>
            <numerusform>%n Datensatz geht auf die bleibende Person über.</numerusform>
            <numerusform>%n Datensätze gehen auf die bleibende Person über.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two households</source>
        <translation>Zwei Haushalte zusammenführen</translation>
    </message>
    <message>
        <source>The household on the left stays. The members of the household on the right join it, and its cases move to it; fields the left one lacks are taken from the right. Values that differ stay on the merged record and are kept as conflicts, so nothing is lost. Other devices take the merge with their next sync.</source>
        <translation>Der Haushalt links bleibt. Die Mitglieder des Haushalts rechts kommen zu ihm, seine Fälle gehen auf ihn über; Felder, die dem linken fehlen, werden vom rechten übernommen. Abweichende Werte bleiben am zusammengeführten Datensatz und werden als Konflikte aufbewahrt, es geht also nichts verloren. Andere Geräte übernehmen die Zusammenführung bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) move to the household that stays.</source>
        <translation>
            <numerusform>%n Datensatz geht auf den bleibenden Haushalt über.</numerusform>
            <numerusform>%n Datensätze gehen auf den bleibenden Haushalt über.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;wap: keep the other household</source>
        <translation>&amp;Tauschen: den anderen behalten</translation>
    </message>
</context>
</TS>
