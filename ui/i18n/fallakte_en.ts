<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Keep them as a draft to finish later (under Today → Drafts), or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExports</name>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cover sheet and one sheet per indicator, with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals, charts and breakdowns to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every count in one long table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable, for further processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the device list from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) enrolled with the server.</source>
        <translation>
            <numerusform>%n device enrolled with the server.</numerusform>
            <numerusform>%n devices enrolled with the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the device list needs the server. Try again when this computer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not connected to a server, so there is no device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not do that: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is revoked; it will be refused from its next connection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data comes with Fallakte and is updated with new releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible dupli&amp;cates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(case not yet here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanned departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tual departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desti&amp;nation country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ravel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending application has no decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsSection</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>{0} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a decrypted copy; it is removed when you leave this person or lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} opened; the decrypted copy is removed when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerability assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFollowUps</name>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today (Space or Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&amp;e with note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done with a note of what came of it (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the follow-up to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRecordsSection</name>
    <message>
        <source>For case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no case yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatusDialog</name>
    <message>
        <source>Change case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be changed (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed or withdrawn cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consu&amp;ltation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the person&apos;s site first (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found us via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person found the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for this household; asks how the person found the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>Type to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country of return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, on another device ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, by the server (erasure or retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost edit made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>When the same field was changed on two devices, the later change wins and the other value is kept here. Keep the current value, or restore the lost one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value stays; the lost value is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost value becomes current again and is synchronised to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} “{1}”, field “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was merged twice, into two different records. The first merge stands: everything recorded for it belongs to the current one. The two are probably one as well: check them under Admin › Possible duplicates and merge them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for sharing with a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the consent to &quot;{0}&quot; was withdrawn today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter &amp;attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many minutes it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation could not be saved (internal error). Your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsSection</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the selected consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected consultation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Device removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device removed and data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fallakte {0}&lt;/b&gt;&lt;br&gt;Case files for return and reintegration counselling, encrypted on this device and synchronised with your team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed. Use the new one from the next unlock on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Fallakte. Your saved data is safe. Please send the details below to your IT support; they contain no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked, data erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {0}? They can no longer enrol a device, and each of their devices ({1} active) is refused from its next connection on; changes those devices have not synchronised yet are lost to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on their devices, e.g. left the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe the data on their devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;e on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be saved (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the follow-up as done (Space or Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue, {1} upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be marked as done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done with a note of what came of it (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the follow-up to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdChoice</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the new household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing household: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an existing household by its label or a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the hea&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asylum procedure pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asylum rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerated stay (Duldung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obliged to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reintegration follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assisted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-organised return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onward migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (deportation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter by phone/video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reintegration planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor in a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elderly person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survivor of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survivor of violence or torture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTIQ*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return counselling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competence centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreigners authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychosocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reintegration partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing with a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact after return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spouse or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mem&amp;ber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone already on file joins this household (and leaves their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge househo&amp;ld with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household and a double of it become one; this one stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <source>Merge the household {0} with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household label or a member's name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} with another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUserDialog</name>
    <message>
        <source>Move to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} out of team {1}? Their devices hold that team&apos;s cases and are revoked; they enrol a new device, which receives the new team&apos;s cases. Ask them to synchronise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe the old team&apos;s data on their devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is too easy to guess; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseEditor</name>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person &amp;found the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for {0} to enrol devices with. Their enrolled devices keep working. Give it to them in person or by another safe channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a full date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es&amp;timated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residen&amp;ce status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthority file no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member of {0}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person: {0}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a year, year-month or a full date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the language with Enter, or clear the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY, MM/YYYY or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be on file (see the possible matches below the form). Save anyway as a new person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household label or a member's name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody belongs to this case&apos;s household any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person cannot be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consul&amp;tations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;ications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;dical return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinte&amp;gration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalSection</name>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority file no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;with another person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person and a double of theirs become one; this one stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsPanel</name>
    <message>
        <source>Family or given names, e.g. &quot;haddad ra&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person in a new household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons &amp; households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved (internal error). Your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected referral (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}: the data on this device ({2}). Cells with fewer than {3} persons are shown as “&lt;{3}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device has changed since; press Show to count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden so that a small number cannot be worked out from the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {0}: hidden to protect the persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One can count in several rows here, so the rows need not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “{0}” of {1}? From its next connection on the server refuses it; changes it has not synchronised yet are lost to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. laptop lost, colleague left the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe data on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device erases its encrypted case data the next time it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role of {0} applies from their devices&apos; next connection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search names, case numbers, notes…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise every minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock first: the password guards the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outcome: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was revoked by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead or administrator revoked this device and asked for its data to be erased. The case data on this computer has been deleted.

The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead or administrator revoked this device; it can no longer synchronise. The data on this computer is kept.

The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the date and time, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Fallakte is too old for the server. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this device. Connect it to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete. Sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show c&amp;onflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise now (Ctrl+Shift+S or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device works offline. To share cases with your team, connect it to your organisation&apos;s Fallakte server with the user name and password you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs since unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting failed because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising… {0} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline lease over: sync required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline lease: %n day(s)</source>
        <translation>
            <numerusform>Offline lease: %n day</numerusform>
            <numerusform>Offline lease: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync state indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem: click for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise now (Ctrl+Shift+S or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n unsynced change</numerusform>
            <numerusform>%n unsynced changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days this device may still be used without reaching the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently changed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished forms (drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;fts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you, {0}. Today is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n unsynced change</numerusform>
            <numerusform>%n unsynced changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more under Follow-ups (Alt+4)</source>
        <translation>
            <numerusform>… %n more under Follow-ups (Alt+4)</numerusform>
            <numerusform>… %n more under Follow-ups (Alt+4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Fallakte is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the password is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when this device was set up, then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set new password and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. Please wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>The password is not correct. Please wait %n second before the next try.</numerusform>
            <numerusform>The password is not correct. Please wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} active, {1} revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ro&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the user list from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) on the server.</source>
        <translation>
            <numerusform>%n user on the server.</numerusform>
            <numerusform>%n users on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the user list needs the server. Try again when this computer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not connected to a server, so there is no user list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not do that: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} is disabled; %n device(s) revoked.</source>
        <translation>
            <numerusform>{0} is disabled; %n device revoked.</numerusform>
            <numerusform>{0} is disabled; %n devices revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} may enrol a new device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} is now in team {1}; %n device(s) revoked.</source>
        <translation>
            <numerusform>{0} is now in team {1}; %n device revoked.</numerusform>
            <numerusform>{0} is now in team {1}; %n devices revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Display &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and contact the team directory shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is shown to the team as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesSection</name>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerabilityDialog</name>
    <message>
        <source>Vulnerability assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password protects everything on this device. Choose a long one that you do not use anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your password, only this key opens your data again. It is shown only now: print it or save it on a USB stick and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the &amp;last group of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I have printed or saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallakte recovery key

Device: {0}
Created: {1}

{2}

Keep this sheet locked away. Anyone with this key and the laptop can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ServerPage</name>
    <message>
        <source>Connect to the office server (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a server, your cases are backed up and shared with your team whenever you are online. You can also skip this and connect later under Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the address, user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This device now belongs to team {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SideBox</name>
    <message>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallakte keeps your case files encrypted on this laptop and works without network. First, who works with this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anna.schmidt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Pairs of persons on this device that are likely one person: similar names (also in other spellings), birth years at most a year apart, the same file number or phone. Open both and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons have changed since; press Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>%n likely pair.</numerusform>
            <numerusform>%n likely pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>“{0}” marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is now with {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it? Stays in the case file, never in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who takes the follow-up over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Display name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team sees of {0}: the display name in pickers, lists and the conflict view; the work contact only if the server shares contacts. Devices learn it with their next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Keep them as a draft to finish later (under Today → Drafts), or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Choose an entry from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Fallakte – User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Fallakte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password protects all data on this device from now on. The recovery key stays valid. Your team&apos;s server password does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureEditor</name>
    <message>
        <source>&amp;Airport or border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the departure was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why they did not depart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not depart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCheckEditor</name>
    <message>
        <source>&amp;Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until cannot come before issued on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not travelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned payment has no approval or paid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appr&amp;oved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it was paid or delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be paid before it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support payment – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kind (not money)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnChecklist</name>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from pro&amp;gramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the documents the programme asks of these travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected document (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid at departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued too early for the departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not there, departure soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid at departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDeparture</name>
    <message>
        <source>&amp;Booking and plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport or border crossing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm departure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that they left, or that they did not depart and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departed on {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not depart: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no departure planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet departed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPayments</name>
    <message>
        <source> (in kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the planned payments the programme foresees for these travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New p&amp;ayment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan from programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Double funding: {0} and {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSection</name>
    <message>
        <source>&amp;Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who travels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicati&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application yet: add one under Applications, then plan the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No travellers named yet: the whole household counts as travelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelling: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staying: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, submitted {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference n&amp;umbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravellersEditor</name>
    <message>
        <source>Tick who travels; give each one's relationship to the main applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(relationship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the main applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person who travels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travellers – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} travels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnFeeds</name>
    <message>
        <source>Documents expiring within {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures in the next {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requests overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts after return due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents e&amp;xpiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;artures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information re&amp;quests overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts after re&amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departure planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationRequestsSection</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected request (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationRequestEditor</name>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;ked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be due before the request was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot come before the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicalReturnsSection</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment at destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w medical return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicalReturnEditor</name>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medication to take (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment at destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical return – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReintegrationSection</name>
    <message>
        <source>Drawn up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pla&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected plan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goa&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts after return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact a&amp;fter return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReintegrationPlanEditor</name>
    <message>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drawn up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration plan – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReintegrationMeasureEditor</name>
    <message>
        <source>&amp;Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration measure – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReintegrationFollowUpEditor</name>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact after return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact after return – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SustainabilityEditor</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainability assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainability assessment – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseGate</name>
    <message>
        <source>Sync required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer's clock was set back. The case files on it are kept, encrypted and intact; they are shown again once the server has confirmed this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has not reached the server for more than {0} days. The case files on it are kept, encrypted and intact; they are shown again once the server has confirmed that this device may still be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Connect to the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Possibly already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this person (the form stays open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailsEditor</name>
    <message>
        <source>(not asked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person &amp;found the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnReferences</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ref&amp;erence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit referen&amp;ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalReferenceEditor</name>
    <message>
        <source>the whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLines</name>
    <message>
        <source>instalment {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(payment not on file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person on the left stays. Everything recorded for the person on the right moves to them; fields the left one lacks are taken from the right. Values that differ stay on the merged record and are kept as conflicts, so nothing is lost. Other devices take the merge with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap: keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) move to the person who stays.</source>
        <translation>
            <numerusform>%n record moves to the person who stays.</numerusform>
            <numerusform>%n records move to the person who stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household on the left stays. The members of the household on the right join it, and its cases move to it; fields the left one lacks are taken from the right. Values that differ stay on the merged record and are kept as conflicts, so nothing is lost. Other devices take the merge with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) move to the household that stays.</source>
        <translation>
            <numerusform>%n record move to the household that stays.</numerusform>
            <numerusform>%n records move to the household that stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;wap: keep the other household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
