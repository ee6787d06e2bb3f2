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
        <location filename="../../ui/counter/screen.py" line="302" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="333" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="122" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Welcome to the one-stop-shop counter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="123" />
        <source>Touch the button below to take a queue number</source>
        <translation>Touch the button below to take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="124" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="124" />
        <source>Choose your service and get a ticket</source>
        <translation>Choose your service and get a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="125" />
        <source>People waiting now</source>
        <translation>People waiting now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="126" />
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="128" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Choose the field of your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="129" />
        <source>2. Take your printed ticket</source>
        <translation>2. Take your printed ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="130" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Wait until the board and the voice call your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="133" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Need help? Please ask at the help desk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="148" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="220" />
        <source>Do you belong to a priority group?</source>
        <translation>Do you belong to a priority group?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="221" />
        <source>No — take a regular number</source>
        <translation>No — take a regular number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="222" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Priority groups (officers may ask for proof):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="223" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Why this order</source>
        <translation>Why this order</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Parked since</source>
        <translation>Parked since</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="216" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Waiting (%n)</numerusform><numerusform>Waiting (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="222" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="230" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Parked (%n)</numerusform><numerusform>Parked (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="249" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>No ticket at this counter. Press Call next.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="256" />
        <source>Recalled %1 of %2 times</source>
        <translation>Recalled %1 of %2 times</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="171" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="172" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="184" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="184" />
        <source>Not issuing numbers now</source>
        <translation>Not issuing numbers now</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="67" />
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="68" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="69" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="70" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="71" />
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
        <location filename="../../ui/technician/screen.py" line="159" />
        <source>Technician — %1</source>
        <translation>Technician — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="162" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="163" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="164" />
        <source>Check the printer now</source>
        <translation>Check the printer now</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="165" />
        <source>Device settings of this machine</source>
        <translation>Device settings of this machine</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Printer profile</source>
        <translation>Printer profile</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Rating keypad</source>
        <translation>Rating keypad</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="169" />
        <source>Save device settings</source>
        <translation>Save device settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="170" />
        <source>Voice of the display board</source>
        <translation>Voice of the display board</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="171" />
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Reprint selected job</source>
        <translation>Reprint selected job</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Configuration file: %1</source>
        <translation>Configuration file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Idle timeout: %1 s</source>
        <translation>Idle timeout: %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Setting: %1</source>
        <translation>Setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="196" />
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="199" />
        <source>Last bytes sent: %1</source>
        <translation>Last bytes sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="200" />
        <source>Last bytes received: %1</source>
        <translation>Last bytes received: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="215" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="217" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="241" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="242" />
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="254" />
        <source>No print job yet.</source>
        <translation>No print job yet.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="256" />
        <source>Last job FAILED: %1</source>
        <translation>Last job FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="258" />
        <source>Last job: %1</source>
        <translation>Last job: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="259" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n failed job to reprint</numerusform><numerusform>%n failed jobs to reprint</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="285" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Not enrolled: this terminal works alone on its own database.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="287" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="288" />
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="289" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Waiting to be sent: %1; refused by the server (dead letters): %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="292" />
        <source>OFFLINE since %1: %2</source>
        <translation>OFFLINE since %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="305" />
        <source>Test page printed.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="306" />
        <location filename="../../ui/technician/screen.py" line="312" />
        <source>Test page FAILED: %1</source>
        <translation>Test page FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="317" />
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="341" />
        <source>Reprinted.</source>
        <translation>Reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="342" />
        <source>Reprint FAILED: %1</source>
        <translation>Reprint FAILED: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="290" />
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="291" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="293" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Scan to follow the queue on your phone</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="294" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="303" />
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="306" />
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="307" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="309" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform><numerusform>Estimated wait: about %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="313" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="316" />
        <source>Please take your printed ticket below.</source>
        <translation>Please take your printed ticket below.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="92" />
        <source>Transfer ticket</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="95" />
        <source>Transfer to the line of a service</source>
        <translation>Transfer to the line of a service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="104" />
        <source>…or straight to a counter</source>
        <translation>…or straight to a counter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="115" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>