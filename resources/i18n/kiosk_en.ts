<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../ui/display/board.py" line="112" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="113" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="114" />
        <source>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</source>
        <translation>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="147" />
        <location filename="../../ui/display/board.py" line="159" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="149" />
        <source>Citizen with number %1, please go to counter %2</source>
        <translation>Citizen with number %1, please go to counter %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="154" />
        <source>No calls yet today</source>
        <translation>No calls yet today</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="317" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="376" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
</context>
<context>
    <name>DossierLookupPage</name>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="148" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Please type the dossier code printed on your receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="151" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="185" />
        <source>%1:%2 on %3</source>
        <translation>%1:%2 on %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="209" />
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="215" />
        <location filename="../../ui/kiosk/lookup.py" line="248" />
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="216" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="217" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="218" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="219" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="225" />
        <source>(new date; first given as %1)</source>
        <translation>(new date; first given as %1)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="226" />
        <source>Result due</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="228" />
        <source>Where to collect the result</source>
        <translation>Where to collect the result</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="229" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="235" />
        <source>Your result is ready. Please bring your receipt to %1.</source>
        <translation>Your result is ready. Please bring your receipt to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="238" />
        <source>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</source>
        <translation>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="244" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="244" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="245" />
        <source>Look up your dossier</source>
        <translation>Look up your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="246" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="249" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>For example %1. For a dossier filed here, the end is enough: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="252" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="253" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="254" />
        <source>Look up another dossier</source>
        <translation>Look up another dossier</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="134" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Welcome to the one-stop-shop counter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="135" />
        <source>Touch the button below to take a queue number</source>
        <translation>Touch the button below to take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="136" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="136" />
        <source>Choose your service and get a ticket</source>
        <translation>Choose your service and get a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="137" />
        <source>Look up a procedure</source>
        <translation>Look up a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="137" />
        <source>Papers, time, fees</source>
        <translation>Papers, time, fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="138" />
        <source>Look up your dossier</source>
        <translation>Look up your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="138" />
        <source>Scan your receipt</source>
        <translation>Scan your receipt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="139" />
        <source>People waiting now</source>
        <translation>People waiting now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="140" />
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="142" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Choose the field of your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="143" />
        <source>2. Take your printed ticket</source>
        <translation>2. Take your printed ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="144" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Wait until the board and the voice call your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="147" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Need help? Please ask at the help desk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="162" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/counter/intake.py" line="141" />
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="142" />
        <source>Search by name (tone marks optional) or code</source>
        <translation>Search by name (tone marks optional) or code</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="143" />
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="144" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="144" />
        <source>ID number (CCCD)</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="145" />
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Date of birth (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="145" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="146" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="146" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="151" />
        <source>Scan the QR code on the citizen's ID card to fill these fields.</source>
        <translation>Scan the QR code on the citizen's ID card to fill these fields.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>3. Papers received (sets) and scanned pages</source>
        <translation>3. Papers received (sets) and scanned pages</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Sets received</source>
        <translation>Sets received</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="155" />
        <source>Pages saved by the document scanner go to the selected paper.</source>
        <translation>Pages saved by the document scanner go to the selected paper.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="156" />
        <source>Scan a page</source>
        <translation>Scan a page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="159" />
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="160" />
        <source>4. Reason or what to complete (for a refusal or a supplement)</source>
        <translation>4. Reason or what to complete (for a refusal or a supplement)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="161" />
        <source>Receive (complete)</source>
        <translation>Receive (complete)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="163" />
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="164" />
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="165" />
        <source>Open the PDF slip</source>
        <translation>Open the PDF slip</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="166" />
        <source>Next dossier</source>
        <translation>Next dossier</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="167" />
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="178" />
        <source>The scan folder cannot be used: %1</source>
        <translation>The scan folder cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="288" />
        <source>The scan could not be read: %1</source>
        <translation>The scan could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="290" />
        <source>This code is not an ID card. Scan the QR on the back of the card.</source>
        <translation>This code is not an ID card. Scan the QR on the back of the card.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="204" />
        <source>The scan folder cannot be read: %1</source>
        <translation>The scan folder cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="157" />
        <source>Turn page</source>
        <translation>Turn page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="158" />
        <source>Remove page</source>
        <translation>Remove page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="205" />
        <source>Not a page, set aside: %1</source>
        <translation>Not a page, set aside: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="206" />
        <source>Choose the procedure and the paper first; the pages wait.</source>
        <translation>Choose the procedure and the paper first; the pages wait.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="207" />
        <source>The scanner did not scan: %1</source>
        <translation>The scanner did not scan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="304" />
        <source>This dossier is saved. Press Next dossier for a new one.</source>
        <translation>This dossier is saved. Press Next dossier for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="307" />
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="346" />
        <source>Saving the scanned pages…</source>
        <translation>Saving the scanned pages…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="356" />
        <location filename="../../ui/counter/intake.py" line="362" />
        <source>Scanned pages not saved: %1</source>
        <translation>Scanned pages not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="405" />
        <location filename="../../ui/counter/intake.py" line="409" />
        <source>The slip did not print: %1</source>
        <translation>The slip did not print: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="422" />
        <source>Dossier code: %1</source>
        <translation>Dossier code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="424" />
        <source>Return: %1</source>
        <translation>Return: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="427" />
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="429" />
        <source>Digitized: %1 of %2 papers</source>
        <translation>Digitized: %1 of %2 papers</translation>
    </message>
</context>
<context>
    <name>LateDossiers</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>New return date</source>
        <translation>New return date</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>Reason for the delay</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="67" />
        <source>Unit that is late</source>
        <translation>Unit that is late</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="69" />
        <source>Issue the apology slip (form 04)</source>
        <translation>Issue the apology slip (form 04)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/late_dossiers.py" line="79" />
        <source>Dossiers late or due within the warning (%n)</source>
        <translation>
            <numerusform>Dossiers late or due within the warning (%n)</numerusform><numerusform>Dossiers late or due within the warning (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="130" />
        <source>Form 04 saved: %1</source>
        <translation>Form 04 saved: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiersDialog</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="143" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="145" />
        <source>Late dossiers</source>
        <translation>Late dossiers</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="234" />
        <source>Do you belong to a priority group?</source>
        <translation>Do you belong to a priority group?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="235" />
        <source>No — take a regular number</source>
        <translation>No — take a regular number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="236" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Priority groups (officers may ask for proof):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="237" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="216" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="216" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>Papers to bring</source>
        <translation>Papers to bring</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="218" />
        <source>Print the list of papers</source>
        <translation>Print the list of papers</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="229" />
        <location filename="../../ui/kiosk/procedures.py" line="288" />
        <source>Code %1 · Field: %2</source>
        <translation>Code %1 · Field: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="238" />
        <source>Ask at the counter which papers to bring.</source>
        <translation>Ask at the counter which papers to bring.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="246" />
        <source>(if applicable)</source>
        <translation>(if applicable)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="260" />
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="261" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="262" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="263" />
        <source>Agency that decides</source>
        <translation>Agency that decides</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="267" />
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="271" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="274" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="286" />
        <source>LIST OF PAPERS TO BRING</source>
        <translation>LIST OF PAPERS TO BRING</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="304" />
        <source>Printed at %1 — for information only</source>
        <translation>Printed at %1 — for information only</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="334" />
        <source>Printing the list…</source>
        <translation>Printing the list…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="335" />
        <source>Please take the printed list below.</source>
        <translation>Please take the printed list below.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="336" />
        <source>The printer could not print the list just now. You can read it on this screen, or ask at the help desk.</source>
        <translation>The printer could not print the list just now. You can read it on this screen, or ask at the help desk.</translation>
    </message>
</context>
<context>
    <name>ProcedureSearchPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="84" />
        <source>Look up a procedure</source>
        <translation>Look up a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="85" />
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Type a few words, e.g. khai sinh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="86" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="86" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="106" />
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>%n procedure(s) found</numerusform><numerusform>%n procedure(s) found</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="107" />
        <source>No procedure matches. Try fewer words, or choose a field.</source>
        <translation>No procedure matches. Try fewer words, or choose a field.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="110" />
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="113" />
        <source>Or choose a field</source>
        <translation>Or choose a field</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="115" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure(s)</numerusform><numerusform>%n procedure(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="205" />
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>Why this order</source>
        <translation>Why this order</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Parked since</source>
        <translation>Parked since</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="223" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Waiting (%n)</numerusform><numerusform>Waiting (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="229" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="237" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Parked (%n)</numerusform><numerusform>Parked (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="251" />
        <source>Dossiers late or about to be late: %1</source>
        <translation>Dossiers late or about to be late: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="262" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>No ticket at this counter. Press Call next.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="269" />
        <source>Recalled %1 of %2 times</source>
        <translation>Recalled %1 of %2 times</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="185" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="186" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="198" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="198" />
        <source>Not issuing numbers now</source>
        <translation>Not issuing numbers now</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="68" />
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="69" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="70" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="71" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="72" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="38" />
        <source>OFFLINE since %1 · %2 waiting</source>
        <translation>OFFLINE since %1 · %2 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="40" />
        <source>Online · %1 waiting</source>
        <translation>Online · %1 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="42" />
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="165" />
        <source>Technician — %1</source>
        <translation>Technician — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Late dossiers</source>
        <translation>Late dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="169" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="170" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="171" />
        <source>Check the printer now</source>
        <translation>Check the printer now</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Device settings of this machine</source>
        <translation>Device settings of this machine</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Printer profile</source>
        <translation>Printer profile</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Rating keypad</source>
        <translation>Rating keypad</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Save device settings</source>
        <translation>Save device settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Voice of the display board</source>
        <translation>Voice of the display board</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="178" />
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="179" />
        <source>Reprint selected job</source>
        <translation>Reprint selected job</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="187" />
        <source>Configuration file: %1</source>
        <translation>Configuration file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Idle timeout: %1 s</source>
        <translation>Idle timeout: %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="195" />
        <source>Setting: %1</source>
        <translation>Setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="203" />
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="206" />
        <source>Last bytes sent: %1</source>
        <translation>Last bytes sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="207" />
        <source>Last bytes received: %1</source>
        <translation>Last bytes received: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="222" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="224" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="248" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="249" />
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="261" />
        <source>No print job yet.</source>
        <translation>No print job yet.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="263" />
        <source>Last job FAILED: %1</source>
        <translation>Last job FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="265" />
        <source>Last job: %1</source>
        <translation>Last job: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="266" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n failed job to reprint</numerusform><numerusform>%n failed jobs to reprint</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="292" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Not enrolled: this terminal works alone on its own database.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="294" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="295" />
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="296" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Waiting to be sent: %1; refused by the server (dead letters): %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="299" />
        <source>OFFLINE since %1: %2</source>
        <translation>OFFLINE since %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="312" />
        <source>Test page printed.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="313" />
        <location filename="../../ui/technician/screen.py" line="319" />
        <source>Test page FAILED: %1</source>
        <translation>Test page FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="324" />
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="348" />
        <source>Reprinted.</source>
        <translation>Reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="349" />
        <source>Reprint FAILED: %1</source>
        <translation>Reprint FAILED: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="304" />
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="305" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="307" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Scan to follow the queue on your phone</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="308" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="317" />
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="320" />
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="321" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="323" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform><numerusform>Estimated wait: about %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="327" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="330" />
        <source>Please take your printed ticket below.</source>
        <translation>Please take your printed ticket below.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="93" />
        <source>Transfer ticket</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="96" />
        <source>Transfer to the line of a service</source>
        <translation>Transfer to the line of a service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="105" />
        <source>…or straight to a counter</source>
        <translation>…or straight to a counter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="116" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>